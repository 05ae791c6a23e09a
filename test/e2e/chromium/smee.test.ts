import { smeeSuite } from '../scenarios/smee';

smeeSuite('chromium');
