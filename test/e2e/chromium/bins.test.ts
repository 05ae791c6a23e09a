import { binScenarios } from '../scenarios/bins';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'View from a bin URL', binScenarios);
