import { panelSendScenarios } from '../scenarios/panel-send';
import { browserSuite } from '../support/suite';

// Firefox only: Chrome's DevTools panels have the permissions API and ask at the click.
browserSuite(
  'firefox',
  'Send to… from a DevTools panel without a permissions API',
  panelSendScenarios,
);
