import { watchScenarios } from '../scenarios/watch';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'Watching a bin in the background', watchScenarios);
