import { binScenarios } from '../scenarios/bins';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'View from a bin URL', binScenarios);
