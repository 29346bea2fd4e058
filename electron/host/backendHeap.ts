import type { ResourceLimits } from 'node:worker_threads';

/**
 * The backend thread's heap limit, in MB — set to make V8 collect sooner, not to cap the work.
 *
 * V8 lets the heap grow to a multiple of what survived its last full collection before it
 * collects again: up to four times when the heap limit is 2 GB or more (its default on a 64-bit
 * machine with 8 GB of memory or more), between 1.3 and 2 times below that (v8
 * src/heap/heap-controller.cc, MaxGrowingFactor; the threshold is heap-controller.h's kMaxSize,
 * 1,024 MB × kHeapLimitMultiplier, which is 2 on 64-bit machines). An import of 100,000 rows keeps about 200 MB alive, so by default the
 * thread grew to 1.1-1.2 GB, most of it garbage; just under 2 GB the factor is about 2 and
 * the same import peaks at about 865 MB, in the same time (measured in a worker thread, as
 * the app runs the backend). The live data of the largest import allowed (200,000 rows) stays
 * far below the limit; if something ever needed more, the thread would stop and the host
 * would start a new one (backendHost.ts), not the app.
 */
export const BACKEND_HEAP_MB = 2000;

/**
 * The backend thread's young generation, in MB: V8 makes a third of it each of its two
 * semi-spaces (heap.cc, SemiSpaceSizeFromYoungGenerationSize), so 192 gives 64 MB where the
 * default is 16. While a big list is read, the backend keeps nearly every row it receives and
 * validates it meanwhile; with 16 MB the scavenges that copy those rows took 40% of the thread
 * and the validation fell behind the reading thread. Measured, 100,000 rows into an empty
 * workspace, three runs each: validation after the reading 1.15-1.53 s -> 0.25-0.37 s, the
 * whole import 8.2-8.3 s -> 6.8-6.9 s, peak memory 751-764 -> 673-760 MB. (32 MB: 0.12-1.01 s,
 * unsteady.) The bench's child, which runs the backend in its main thread, passes the same
 * size as --max-semi-space-size.
 */
export const BACKEND_YOUNG_MB = 192;

export const BACKEND_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: BACKEND_HEAP_MB, maxYoungGenerationSizeMb: BACKEND_YOUNG_MB };
