import { readFileSync } from 'node:fs';
import type { Extensions } from '@cloudflare-saas-core/release-evidence/builders';
import type {
  ResourceType as ContractResourceType,
  ImageSafetyCanaryEvidence,
  ProviderCanaryEvidence,
  SecretRotationReceipt,
} from '@cloudflare-saas-core/release-evidence/contract';
import { templatePath } from './paths.js';

export type { Extensions };

// The config's vocabulary is the contract's (spec §2, §4): taken from the core's types, never restated here.
export type Environment = ProviderCanaryEvidence['environment'];
/** The resource types this template provisions and checks: a subset of the contract's. */
export type ResourceType = Extract<ContractResourceType, 'd1' | 'r2' | 'kv'>;
export type SecretStore = SecretRotationReceipt['secrets'][number]['store'];
export type Thresholds = ProviderCanaryEvidence['thresholds'];

export interface ManagedSecret {
  readonly name: string;
  readonly store: SecretStore;
  /** The GitHub environment, for `github-environment` secrets. */
  readonly environment?: string;
}

export interface ReleaseConfig {
  readonly repository: string;
  readonly fallbackBranch: string;
  readonly fallbackCommitSha: string;
  readonly milestone: string;
  readonly origins: readonly { readonly environment: Environment; readonly url: string }[];
  readonly resources: readonly {
    readonly type: ResourceType;
    readonly label: string;
    readonly binding: string;
    /** The Cloudflare resource name (database, bucket, namespace title): compared, never emitted. */
    readonly name: string;
  }[];
  readonly secrets: readonly ManagedSecret[];
  readonly provider: { readonly label: string; readonly modelLabel: string };
  readonly canary: { readonly runs: number; readonly timeoutMs: number; readonly thresholds: Thresholds };
  readonly imageSafety: {
    readonly reviewerMode: string;
    readonly decisionSource: string;
    readonly thresholds: ImageSafetyCanaryEvidence['thresholds'];
  };
}

export interface WranglerBindings {
  readonly d1_databases?: readonly { readonly binding: string; readonly database_name: string }[];
  readonly r2_buckets?: readonly { readonly binding: string; readonly bucket_name: string }[];
  readonly kv_namespaces?: readonly { readonly binding: string; readonly id: string }[];
  readonly vars?: Readonly<Record<string, string>>;
}

export interface WranglerConfig extends WranglerBindings {
  readonly name: string;
  readonly compatibility_date: string;
  readonly env?: Readonly<Record<string, WranglerBindings & { readonly name?: string }>>;
}

export function readJsonFile<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const loadReleaseConfig = (): ReleaseConfig => readJsonFile<ReleaseConfig>(templatePath('release.config.json'));
export const loadWranglerConfig = (): WranglerConfig => readJsonFile<WranglerConfig>(templatePath('wrangler.json'));

export function originFor(config: ReleaseConfig, environment: Environment): { environment: Environment; url: string } {
  const origin = config.origins.find((candidate) => candidate.environment === environment);
  if (!origin) throw new Error(`release.config.json has no ${environment} origin`);
  return { environment, url: origin.url };
}
