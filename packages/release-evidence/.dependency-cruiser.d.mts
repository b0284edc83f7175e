import type { IConfiguration } from 'dependency-cruiser';

// Types for test/layers.test.ts, which runs the same rules through dependency-cruiser's API.
export declare const LAYERS: readonly (readonly { name: string; path: string }[])[];
declare const config: IConfiguration & Required<Pick<IConfiguration, 'forbidden' | 'options'>>;
export default config;
