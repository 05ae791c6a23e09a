import { retell } from '../../../../../src/model/vendors/retell';
import { describeGolden } from '../golden';

describeGolden('retell', retell, 'Retell fixtures decode as their golden files say');
