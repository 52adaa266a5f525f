// Worker entry for tests/bench/extract.ts: Node 20 workers cannot start from a
// .ts file, so register tsx first and then load the benchmark in worker mode.
import { register } from 'tsx/esm/api';

register();
await import('./extract.ts');
