/**
 * `npm run bench`: prints figures, asserts nothing. Decode time against JSON.parse, time to paint
 * the card, the raw JSON viewer's first rows and expand all, a burst of network calls in the
 * panel, the popup's and the viewer's first paint against a bare extension page, and what each
 * page loads.
 */
import { benchBundleSizes } from './bundle-sizes';
import { benchCaptureBurst } from './capture-burst';
import { benchDecode } from './decode';
import { benchPaint } from './paint';
import { benchPopupOpen } from './popup-open';
import { benchRawView } from './raw-view';

await benchDecode();
await benchPaint();
await benchRawView();
await benchCaptureBurst();
await benchPopupOpen();
benchBundleSizes();
