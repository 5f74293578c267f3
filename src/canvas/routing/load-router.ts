// The router's code and WebAssembly (libavoid-js, ~190 KiB gzip), fetched the first time a board is routed.
import { AvoidLib } from 'libavoid-js';
import wasmUrl from '../../../node_modules/libavoid-js/dist/libavoid.wasm?url';
import { ArrowRouter, type AvoidModule } from '../../domain/routing/router';

// What routing a board takes besides the router, in the same on-demand chunk.
export { routeScene } from '../../domain/routing/route-board';
export { sceneNodes, sceneTitles } from '../../domain/routing/scene';

let loading: Promise<AvoidModule> | undefined;

export async function createRouter(): Promise<ArrowRouter> {
  loading ??= AvoidLib.load(wasmUrl).then(() => AvoidLib.getInstance() as unknown as AvoidModule);
  return new ArrowRouter(await loading);
}
