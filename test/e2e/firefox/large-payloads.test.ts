import { largePayloadScenarios } from '../scenarios/large-payloads';
import { browserSuite } from '../support/suite';

browserSuite('firefox', 'Large payloads', largePayloadScenarios);
