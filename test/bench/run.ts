/**
 * `npm run bench`: prints figures, asserts nothing. Decode time against JSON.parse, time to paint
 * the card, the raw JSON viewer's first rows and expand all, a burst of network calls in the
 * panel, and what each page loads.
 */
import { benchBundleSizes } from './bundle-sizes';
import { benchCaptureBurst } from './capture-burst';
import { benchDecode } from './decode';
import { benchPaint } from './paint';
import { benchRawView } from './raw-view';

await benchDecode();
await benchPaint();
await benchRawView();
await benchCaptureBurst();
benchBundleSizes();
