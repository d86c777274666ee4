// The elements registered, and nothing exported: what the browser files load
// after the first paint. Importing ../define.js itself would keep its whole
// public API (calculateRenewal, the event classes…) in the chunk, since the
// bundler cannot see that the loader uses none of it.
import '../define.js';
