import { watchScenarios } from '../scenarios/watch';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'Watching a bin in the background', watchScenarios);
