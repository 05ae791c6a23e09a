import { largePayloadScenarios } from '../scenarios/large-payloads';
import { browserSuite } from '../support/suite';

browserSuite('chromium', 'Large payloads', largePayloadScenarios);
