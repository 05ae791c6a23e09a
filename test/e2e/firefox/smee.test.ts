import { smeeSuite } from '../scenarios/smee';

smeeSuite('firefox');
