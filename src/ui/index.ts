export { CallView } from './call/CallView';
export { CapturePanel, type CapturePanelProps } from './capture/CapturePanel';
export { DecodedView } from './result/DecodedView';
export { ProblemList } from './result/ProblemList';
export { PageShell } from './shell/PageShell';
export { type View, ViewSwitch } from './shell/ViewSwitch';
export { Workbench, type WorkbenchProps } from './workbench/Workbench';
