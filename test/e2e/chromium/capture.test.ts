import { captureScenarios } from '../scenarios/capture';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'The panel page with a hand-fed network source', captureScenarios);
