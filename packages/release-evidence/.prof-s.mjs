// test/samples/index.ts
var SAMPLE_CONTRACT = "release-evidence/v1";
var SAMPLE_SUBJECT = {
  repository: "example-org/generic-ai-media-template",
  branch: "release/2026.11",
  commitSha: "0123456789abcdef0123456789abcdef01234567",
  workflowRun: { workflow: "release.yml", runId: 4242, runAttempt: 1 }
};
var STAGING_ORIGIN = { environment: "staging", url: "https://staging.example.com" };
var PRODUCTION_ORIGIN = { environment: "production", url: "https://app.example.com" };
var SAMPLE_DIGEST = `sha256:${"ab".repeat(32)}`;
function shiftMinutes(now, minutes) {
  return new Date(Date.parse(now) + minutes * 6e4).toISOString();
}
function envelope(kind, id, generatedAt, adapter) {
  return {
    contract: SAMPLE_CONTRACT,
    kind,
    id,
    generatedAt,
    subject: structuredClone(SAMPLE_SUBJECT),
    producer: { adapter, version: "1.2.0" }
  };
}
var EXPECTED_RESOURCES = [
  { type: "worker", label: "api" },
  { type: "d1", label: "primary-db" },
  { type: "r2", label: "media" },
  { type: "custom-domain", label: "app-domain" }
];
function buildSamples(now) {
  const at = shiftMinutes(now, -10);
  const earlier = shiftMinutes(now, -20);
  const statusBase = (stage, id) => ({
    ...envelope("release-status", id, at, stage === "source" ? "source-status" : "staging-smoke"),
    stage,
    checks: [
      { name: "build", status: "passed", durationMs: 61e3 },
      { name: "unit-tests", status: "passed", durationMs: 42e3, detail: "all suites green" },
      { name: "lint", status: "skipped" }
    ],
    summary: { passed: 2, failed: 0, skipped: 1 },
    conclusion: "success"
  });
  const source = statusBase("source", "source-status-1");
  const staging = {
    ...statusBase("staging", "staging-smoke-1"),
    origin: { ...STAGING_ORIGIN },
    deployment: { versionLabel: "v2026.11.1", deployedAt: earlier, trafficPercent: 100 }
  };
  const production = {
    ...statusBase("production", "production-cutover-1"),
    origin: { ...PRODUCTION_ORIGIN },
    deployment: { versionLabel: "v2026.11.1", deployedAt: earlier, trafficPercent: 10 }
  };
  const rotation = {
    ...envelope("secret-rotation-receipt", "secret-rotation-1", at, "secret-sync"),
    environment: "production",
    secrets: [
      {
        name: "PROVIDER_API_TOKEN",
        store: "worker-secret",
        before: { updatedAt: shiftMinutes(now, -60 * 24 * 30) },
        after: { updatedAt: earlier },
        preflight: "passed",
        nextSafeCommand: "pnpm secrets:verify --env production"
      },
      {
        name: "WEBHOOK_SIGNING_SECRET",
        store: "github-environment",
        before: null,
        after: { updatedAt: earlier },
        preflight: "passed",
        nextSafeCommand: "pnpm secrets:verify --env production"
      }
    ],
    preflight: { status: "passed", checkedAt: at }
  };
  const resources = {
    ...envelope("production-resource-ready", "resources-1", at, "resource-inventory"),
    environment: "production",
    resources: EXPECTED_RESOURCES.map((resource, index) => ({
      ...resource,
      status: "ready",
      checkedAt: earlier,
      ...index === 0 ? { binding: "API_WORKER" } : {}
    }))
  };
  const approval = {
    ...envelope("operator-assisted-production", "operator-approval-1", at, "operator-approval-intake"),
    environment: "production",
    approvals: [
      {
        scope: "resources",
        reference: "ops-review/2026-11-cutover#resources",
        reviewerRole: "release-manager",
        decision: "approved",
        decidedAt: earlier,
        expiresAt: shiftMinutes(now, 60 * 24)
      },
      {
        scope: "traffic",
        reference: "ops-review/2026-11-cutover#traffic",
        reviewerRole: "release-manager",
        decision: "approved",
        decidedAt: earlier,
        expiresAt: shiftMinutes(now, 60 * 24),
        trafficPercent: 100
      }
    ]
  };
  const canary = {
    ...envelope("provider-canary-evidence", "provider-canary-1", at, "provider-canary"),
    environment: "production",
    provider: { label: "image-provider", modelLabel: "default-model" },
    window: { startedAt: shiftMinutes(now, -40), endedAt: earlier },
    runs: { attempted: 50, succeeded: 49, failed: 1, timedOut: 0 },
    latencyMs: { p50: 900, p95: 2400, max: 3100 },
    thresholds: { minRuns: 20, minSuccessRate: 0.95, maxP95LatencyMs: 5e3 },
    verdict: "pass"
  };
  const imageSafety = {
    ...envelope("image-safety-canary-evidence", "image-safety-1", at, "image-safety-review"),
    environment: "production",
    reviewerMode: "strict-review",
    decisionSource: "safety-review/2026-11#launch",
    samples: { unsafeTotal: 40, unsafeBlocked: 40, safeTotal: 60, safeAllowed: 58, escalated: 2 },
    thresholds: { minSamples: 50, minUnsafeBlockedRate: 1, minSafeAllowedRate: 0.9 },
    verdict: "pass"
  };
  const candidate = {
    contract: SAMPLE_CONTRACT,
    kind: "release-candidate",
    id: "release-2026-11",
    generatedAt: shiftMinutes(now, -120),
    subject: structuredClone(SAMPLE_SUBJECT),
    origins: [{ ...STAGING_ORIGIN }, { ...PRODUCTION_ORIGIN }],
    expectedResources: EXPECTED_RESOURCES.map((resource) => ({ ...resource })),
    milestone: { id: "launch-2026-11" },
    acceptedDeferrals: [],
    policy: { maxAge: { "provider-canary": "PT12H" }, clockSkew: "PT5M" }
  };
  const readiness = buildReadinessSample(now, candidate);
  const packet = {
    contract: SAMPLE_CONTRACT,
    kind: "release-packet",
    id: "packet-release-2026-11",
    generatedAt: now,
    subject: structuredClone(SAMPLE_SUBJECT),
    candidate: structuredClone(candidate),
    readiness: structuredClone(readiness),
    artifacts: [{ kind: "release-status", id: source.id, class: "source-known", digest: SAMPLE_DIGEST }],
    packetDigest: SAMPLE_DIGEST
  };
  const evidence = { source, staging, production, rotation, resources, approval, canary, imageSafety };
  const fixture = buildFixtureSample(now, candidate, evidence);
  return { ...evidence, candidate, readiness, packet, fixture };
}
function buildReadinessSample(now, candidate) {
  return {
    contract: SAMPLE_CONTRACT,
    kind: "release-readiness",
    id: `readiness-${candidate.id}`,
    generatedAt: now,
    subject: structuredClone(candidate.subject),
    milestone: { ...candidate.milestone },
    origins: structuredClone(candidate.origins),
    now,
    policy: { maxAge: { "source-known": "P7D" }, clockSkew: "PT5M", requiredGates: ["source-known"] },
    verdict: "ready",
    gates: [
      {
        gate: "source-known",
        status: "pass",
        required: true,
        evidence: { kind: "release-status", id: "source-status-1", digest: SAMPLE_DIGEST },
        superseded: [],
        reasons: []
      }
    ],
    deferrals: [],
    inputs: [{ kind: "release-status", id: "source-status-1", digest: SAMPLE_DIGEST, valid: true, findings: 0 }],
    summary: { pass: 1, fail: 0, stale: 0, missing: 0, mismatch: 0, invalid: 0, deferred: 0 }
  };
}
function buildFixtureSample(now, candidate, evidence) {
  const artifacts = [
    { class: "source-known", document: evidence.source },
    { class: "staging-runtime", document: evidence.staging },
    { class: "secret-rotation", document: evidence.rotation },
    { class: "production-cutover", document: evidence.resources },
    { class: "production-cutover", document: evidence.approval },
    { class: "provider-canary", document: evidence.canary },
    { class: "image-safety", document: evidence.imageSafety }
  ];
  return {
    contract: SAMPLE_CONTRACT,
    kind: "extraction-fixture",
    id: "ops-release-evidence-core-fixture",
    generatedAt: now,
    candidate: "ops-release-evidence",
    target: { owner: "cloudflare-saas-core", package: "cloudflare-saas-core/packages/release-evidence" },
    template: { label: "generic-ai-media-template", category: "ai-media" },
    boundary: {
      core: [
        "schema-validation",
        "privacy-scanning",
        "readiness-aggregation",
        "markdown-formatting",
        "json-formatting"
      ],
      adapters: [
        { name: "source-status", owner: "template", responsibility: "source-status", emits: ["release-status"] },
        { name: "staging-smoke", owner: "template", responsibility: "staging-smoke", emits: ["release-status"] },
        { name: "secret-sync", owner: "template", responsibility: "secret-sync", emits: ["secret-rotation-receipt"] },
        {
          name: "resource-inventory",
          owner: "template",
          responsibility: "resource-inventory",
          emits: ["production-resource-ready"]
        },
        {
          name: "operator-approval-intake",
          owner: "template",
          responsibility: "operator-approval-intake",
          emits: ["operator-assisted-production"]
        },
        {
          name: "provider-canary",
          owner: "template",
          responsibility: "provider-canary",
          emits: ["provider-canary-evidence"]
        },
        {
          name: "image-safety-review",
          owner: "template",
          responsibility: "image-safety-review",
          emits: ["image-safety-canary-evidence"]
        }
      ]
    },
    release: structuredClone(candidate),
    now,
    artifacts: structuredClone(artifacts)
  };
}
function sampleEntries(now) {
  return Object.entries(buildSamples(now));
}
export {
  PRODUCTION_ORIGIN,
  SAMPLE_CONTRACT,
  SAMPLE_DIGEST,
  SAMPLE_SUBJECT,
  STAGING_ORIGIN,
  buildSamples,
  sampleEntries,
  shiftMinutes
};
