import { pageScenarios } from '../scenarios/pages';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'Hookline pages', (b) => pageScenarios(b, ['popup', 'viewer', 'panel']));
