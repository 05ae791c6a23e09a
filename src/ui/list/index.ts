export { CallEvents } from './CallEvents';
export { CallListPane, type CallListPaneProps } from './CallListPane';
export { originText } from './origin';
export { eventOf, groupOf, useCallGroups } from './use-call-groups';
