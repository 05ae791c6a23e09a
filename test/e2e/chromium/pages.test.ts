import { pageScenarios } from '../scenarios/pages';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'Hookline pages', (b) => pageScenarios(b, ['popup', 'viewer', 'panel']));
