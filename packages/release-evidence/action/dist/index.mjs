import { createRequire as __createRequire } from 'node:module';const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/problem/entry.ts
var defineCodes;
var init_entry = __esm({
  "src/problem/entry.ts"() {
    "use strict";
    defineCodes = (codes) => codes;
  }
});

// src/problem/codes/arg-text.ts
var argText, argList, shownArg, shownList, labelAt, shownAt;
var init_arg_text = __esm({
  "src/problem/codes/arg-text.ts"() {
    "use strict";
    argText = (args, name) => String(args[name] ?? "");
    argList = (args, name) => {
      const value2 = args[name];
      return Array.isArray(value2) ? value2.map(String) : [];
    };
    shownArg = (args, name, show2) => show2(argText(args, name));
    shownList = (args, name, show2, separator = ", ") => argList(args, name).map(show2).join(separator);
    labelAt = (what, pointer, show2) => `${what} at ${show2(pointer || "/")}`;
    shownAt = (what, args, name, show2) => labelAt(what, String(args[name] ?? ""), show2);
  }
});

// src/problem/codes/cli.ts
var words, fsCause, notFile, located, summary, SUMMARY, input, CLI_CODES;
var init_cli = __esm({
  "src/problem/codes/cli.ts"() {
    "use strict";
    init_entry();
    init_arg_text();
    words = (table2, fallback) => (args, name) => Object.hasOwn(table2, argText(args, name)) ? table2[argText(args, name)] : fallback;
    fsCause = words(
      {
        missing: "no such file or directory (or a dangling symbolic link)",
        permission: "permission denied",
        directory: "is a directory",
        "not-directory": "a path component is not a directory",
        loop: "symbolic link loop"
      },
      "cannot be read"
    );
    notFile = words(
      {
        directory: "is a directory",
        fifo: "is a FIFO, not a regular file",
        socket: "is a socket, not a regular file",
        device: "is a device, not a regular file"
      },
      "not a regular file"
    );
    located = (args, codes, pointers, suffix, show2) => {
      const at = argList(args, pointers);
      const each = argList(args, codes).map((code2, index) => labelAt(`${show2(code2)}${suffix}`, at[index] ?? "", show2));
      return [...new Set(each)].sort();
    };
    summary = (args, show2) => {
      const problems = [
        ...located(args, "issues", "issuePointers", "", show2),
        ...located(args, "findings", "findingPointers", " finding", show2)
      ];
      const unique2 = [...new Set(problems)].sort();
      const shown3 = unique2.slice(0, 5).join("; ");
      const omitted = typeof args.omittedFindings === "number" ? args.omittedFindings : 0;
      const more = Math.max(unique2.length - 5, 0) + omitted;
      return more > 0 ? `${shown3}; and ${more} more` : shown3;
    };
    SUMMARY = {
      issues: "list",
      issuePointers: "list",
      findings: "list",
      findingPointers: "list",
      "omittedFindings?": "number"
    };
    input = (meaning, render3, args = {}) => ({
      severity: "error",
      meaning,
      args: { path: "string", ...args },
      render: render3
    });
    CLI_CODES = defineCodes({
      "input-unreadable": input(
        "the path cannot be read (cause: missing, permission, directory, not-directory, loop or other)",
        (args) => fsCause(args, "cause"),
        { cause: "string" }
      ),
      "input-not-file": input(
        "the path is not a regular file (type: directory, fifo, socket, device or other)",
        (args) => notFile(args, "type"),
        { type: "string" }
      ),
      "input-too-large": input(
        "the file is larger than the size limit, so it is not read",
        (args, show2) => `file is larger than the limit of ${shownArg(args, "limit", show2)} bytes`,
        { limit: "number" }
      ),
      "input-not-utf8": input("the file is not valid UTF-8", () => "file is not valid UTF-8"),
      "directory-loop": input(
        "a symbolic link makes the directory contain itself",
        () => "symbolic link loop: the directory contains itself"
      ),
      "directory-unlistable": input(
        "the directory cannot be listed (cause as for input-unreadable)",
        (args) => `directory cannot be listed: ${fsCause(args, "cause")}`,
        { cause: "string" }
      ),
      "input-not-json": input(
        "the packet or fixture is not a JSON document (cause: the parse error code)",
        (args, show2) => `not a JSON document (${shownArg(args, "cause", show2)})`,
        { cause: "string" }
      ),
      "evidence-not-json": input(
        "an evidence file is not usable as JSON (cause: the parse error code)",
        (args, show2) => `not usable as JSON (${shownArg(args, "cause", show2)})`,
        { cause: "string" }
      ),
      "candidate-invalid": input(
        "the candidate is not a valid, privacy-clean release-candidate (its issue codes, finding classes and pointers)",
        (args, show2) => `not a valid, privacy-clean release-candidate (${summary(args, show2)})`,
        SUMMARY
      ),
      "policy-findings": input(
        "the policy file holds privacy findings (their classes and pointers)",
        (args, show2) => `not privacy-clean (${summary(args, show2)})`,
        SUMMARY
      ),
      "policy-not-json": input(
        "the policy file is not JSON (cause: the parse error code)",
        (args, show2) => `not a JSON policy (${shownArg(args, "cause", show2)})`,
        { cause: "string" }
      ),
      "policy-invalid": input(
        "the policy is not a valid policy (its issue codes and pointers)",
        (args, show2) => `not a valid policy (${located(args, "issues", "issuePointers", "", show2).join("; ")})`,
        { issues: "list", issuePointers: "list" }
      ),
      "diff-input-findings": input(
        "a diff side holds privacy findings, so it is not compared",
        (args, show2) => `${shownArg(args, "findings", show2)} privacy findings; not compared`,
        { findings: "number" }
      ),
      "diff-input-invalid": input(
        "a diff side is not a valid contract document (its issue codes)",
        (args, show2) => `not a valid contract document (${[...new Set(argList(args, "issues"))].sort().map(show2).join(", ")})`,
        { issues: "list" }
      ),
      "diff-input-kind": input(
        "a diff side is neither a release-readiness nor a release-packet",
        () => "is neither a release-readiness nor a release-packet"
      ),
      "evidence-invalid": {
        severity: "warning",
        meaning: "an evidence file is not a valid, privacy-clean document; readiness counts it as invalid input",
        args: { path: "string", ...SUMMARY },
        render: (args, show2) => `invalid (${summary(args, show2)})`
      },
      "evidence-name-finding": {
        severity: "warning",
        meaning: "an evidence file's name is itself a privacy finding, so the run is not acceptable",
        args: { path: "string" },
        render: () => "invalid (a privacy finding in the file name)"
      },
      "output-is-input": input(
        "an output option names an input file, which is left as it is",
        (args, show2) => `${shownArg(args, "option", show2)} names an input file; it is left as it is`,
        { option: "string" }
      ),
      "output-in-evidence": input(
        "an output option names a path inside an evidence directory",
        (args, show2) => `${shownArg(args, "option", show2)} is inside an evidence directory`,
        { option: "string" }
      ),
      "output-same-file": input(
        "two output options name the same file",
        (args, show2) => `${shownArg(args, "option", show2)} names the same file as ${shownArg(args, "other", show2)}`,
        { option: "string", other: "string" }
      ),
      "output-unwritable": input("an output file cannot be written", () => "cannot be written"),
      "action-out-unwritable": input(
        "the GitHub Action's out input names a file that cannot be written",
        () => "cannot be written (the out input)"
      ),
      "action-outputs-unwritable": input(
        "the file GITHUB_OUTPUT names cannot be appended to",
        () => "GITHUB_OUTPUT names this file, and it cannot be appended to"
      )
    });
  }
});

// src/problem/field.ts
function fieldOf(pointer, show2) {
  if (pointer === void 0 || pointer === "") return "document";
  const name = pointer.split("/").findLast((segment, index) => index > 0 && !INDEX.test(segment));
  if (name === void 0) return "item";
  return name === "~redacted" ? "member" : `"${show2(name)}"`;
}
var INDEX;
var init_field = __esm({
  "src/problem/field.ts"() {
    "use strict";
    INDEX = /^\d+$/;
  }
});

// src/problem/codes/document.ts
var issue, parse, DOCUMENT_CODES;
var init_document = __esm({
  "src/problem/codes/document.ts"() {
    "use strict";
    init_entry();
    init_field();
    issue = (text3, meaning) => ({
      severity: "error",
      meaning,
      args: {},
      render: (_args, show2, pointer) => `${fieldOf(pointer, show2)} ${text3}`
    });
    parse = (meaning) => ({
      severity: "error",
      meaning,
      args: { detail: "string", "line?": "number", "column?": "number" },
      render: (args) => `${args.detail}${args.line === void 0 ? "" : ` (line ${args.line}, column ${args.column})`}`
    });
    DOCUMENT_CODES = defineCodes({
      "json-empty": parse("the text is empty or only whitespace"),
      "json-bom": parse("the text starts with a byte order mark"),
      "json-nul": parse("the text contains a NUL character"),
      "json-too-large": parse("the text is larger than `maxBytes` (default 1 MiB)"),
      "json-too-deep": parse("objects and arrays nest deeper than `maxDepth` (default 64)"),
      "json-syntax": parse("the text is not valid JSON"),
      "json-not-object": parse("the top-level value is not a JSON object"),
      "duplicate-key": issue(
        "member name appears more than once in the same object",
        "a member name repeats in one object (I-JSON); at the member"
      ),
      "number-range": issue(
        "number is not finite as an IEEE double, or an integer outside plus or minus 2^53-1 (I-JSON)",
        "an integer outside ±(2^53−1) (I-JSON), a number that is not finite, or an integer field above 2^53−1"
      ),
      "invalid-unicode": issue(
        "contains a lone UTF-16 surrogate (not I-JSON)",
        "a lone UTF-16 surrogate in free text, a branch name or an extension value"
      ),
      "unknown-field": issue(
        "is not a field of the contract",
        "a member the contract does not define, including `__proto__`, `constructor`, `prototype` and extension keys other than `x-…`"
      ),
      required: issue("is required", "a required member is missing; at the missing member"),
      "invalid-type": {
        severity: "error",
        meaning: "wrong JSON type, an array where an object belongs, a non-integer count, a value JSON cannot hold",
        args: { "notObject?": "boolean" },
        render: (args, show2, pointer) => args.notObject === true ? "document is not a JSON object" : `${fieldOf(pointer, show2)} has the wrong type`
      },
      "invalid-format": issue(
        "does not match the required format",
        "a scalar does not match its format (§2), including impossible calendar dates and ports above 65535"
      ),
      "invalid-value": {
        severity: "error",
        meaning: 'not one of the allowed values or constants; also an in-memory document or policy that throws when read (at `""`)',
        args: { "unreadable?": "string" },
        render: (args, show2, pointer) => typeof args.unreadable === "string" ? `${args.unreadable} could not be read as a JSON value` : `${fieldOf(pointer, show2)} is not one of the allowed values`
      },
      "out-of-range": issue(
        "is out of range",
        "a number below its minimum or above its maximum (`rate`, `percent`, counts ≥ 0, run ids ≥ 1)"
      ),
      "invalid-length": issue(
        "has too few or too many items or characters",
        "too few or too many list items (`checks` 1–500, `origins` exactly 2, …) or characters (`text` ≤ 500)"
      ),
      "unknown-kind": issue(
        "is not a known document kind",
        "`kind` is not a contract kind (also an artifact document that is not evidence); at `/kind`"
      ),
      "unexpected-kind": issue("is not the expected document kind", "the document is not of the `expectKind` asked for"),
      "unsupported-contract": issue('must be "release-evidence/v1"', "`contract` is not `release-evidence/v1`"),
      "duplicate-entry": issue(
        "repeats the key of an earlier entry in the same list",
        'a "unique" list repeats a key; at the later, repeated entry'
      ),
      "time-order": issue(
        "time is out of order (later than generatedAt plus clock skew, or start after end)",
        "an observation time after `generatedAt` + clock skew, or `window.startedAt` > `window.endedAt` (at `/window`)"
      ),
      "origin-required": issue(
        "an origin is required for this stage",
        "`release-status` at `staging`/`production` without `origin`"
      ),
      "origin-unexpected": issue("not allowed for the source stage", "`origin` or `deployment` on a `source` status"),
      "origin-environment": issue(
        "origin environment does not equal the stage",
        "`origin.environment` differs from `stage`"
      ),
      "summary-mismatch": issue(
        "does not equal the counts in checks",
        "a summary count differs from the counted checks; at each wrong count"
      ),
      "conclusion-mismatch": issue(
        "must be failure when any check failed, and success otherwise",
        "`conclusion` does not follow the checks"
      ),
      "not-rotated": issue(
        "after.updatedAt is not later than before.updatedAt",
        "`after.updatedAt` is not later than `before.updatedAt`"
      ),
      "preflight-mismatch": issue(
        "must be failed when any secret preflight failed, and passed otherwise",
        "`preflight.status` does not follow the secrets"
      ),
      "runs-mismatch": issue(
        "succeeded + failed + timedOut does not equal attempted",
        "`succeeded + failed + timedOut ≠ attempted`"
      ),
      "latency-order": issue("must satisfy p50 <= p95 <= max", "not `p50 ≤ p95 ≤ max`"),
      "verdict-mismatch": issue("does not equal the computed verdict", "`verdict` differs from the computed verdict"),
      "samples-mismatch": issue("is larger than its total", "blocked or allowed samples exceed their total"),
      "missing-decision-time": issue(
        "decidedAt is required unless the decision is pending",
        "a non-pending approval without `decidedAt`"
      ),
      "expiry-before-decision": issue("expiresAt must be later than decidedAt", "`expiresAt` not later than `decidedAt`"),
      "traffic-percent": issue(
        "trafficPercent must be present exactly when scope is traffic",
        "`trafficPercent` present without `scope: traffic`, or missing with it"
      ),
      "unknown-gate": issue(
        "names an unknown gate",
        "a policy names a gate that does not exist (`maxAge` key or `requiredGates` item)"
      )
    });
  }
});

// src/problem/codes/fixture.ts
var FIXTURE_CODES;
var init_fixture = __esm({
  "src/problem/codes/fixture.ts"() {
    "use strict";
    init_entry();
    init_arg_text();
    FIXTURE_CODES = defineCodes({
      "fixture-not-json": {
        severity: "error",
        meaning: "the fixture is not a readable JSON document (cause: the parse error code); every clause fails",
        args: { cause: "string" },
        render: (args, show2) => `the fixture is not a readable JSON document (${shownArg(args, "cause", show2)})`
      },
      candidate: {
        severity: "error",
        meaning: "candidate is not the target candidate, ops-release-evidence",
        args: { expected: "string" },
        render: (args, show2) => `candidate is not ${shownArg(args, "expected", show2)}`
      },
      "target-owner": {
        severity: "error",
        meaning: "target.owner is not the target owner",
        args: { expected: "string" },
        render: (args, show2) => `target.owner is not ${shownArg(args, "expected", show2)}`
      },
      "target-package": {
        severity: "error",
        meaning: "target.package does not name the target package",
        args: { expected: "string" },
        render: (args, show2) => `target.package is not ${shownArg(args, "expected", show2)}`
      },
      "class-disagrees": {
        severity: "error",
        meaning: "an artifact's class does not agree with its document's kind and stage (§4)",
        args: { index: "number" },
        render: (args, show2) => `/artifacts/${shownArg(args, "index", show2)}: class does not agree with its document's kind and stage`
      },
      "class-missing": {
        severity: "error",
        meaning: "no artifact has this evidence class",
        args: { class: "string" },
        render: (args, show2) => `no artifact of class ${shownArg(args, "class", show2)}`
      },
      "no-adapters": {
        severity: "error",
        meaning: "boundary.adapters is empty",
        args: {},
        render: () => "boundary.adapters is empty"
      },
      "adapter-in-core": {
        severity: "error",
        meaning: "an adapter's name or responsibility (member) is listed under boundary.core",
        args: { index: "number", member: "string" },
        render: (args, show2) => `/boundary/adapters/${shownArg(args, "index", show2)}: its ${shownArg(args, "member", show2)} is listed under boundary.core`
      },
      "adapter-owner": {
        severity: "error",
        meaning: "an adapter is not owned by the template",
        args: { index: "number" },
        render: (args, show2) => `/boundary/adapters/${shownArg(args, "index", show2)}: owner is not template`
      },
      "document-invalid": {
        severity: "error",
        meaning: "the fixture, its release or an artifact document (at) is not valid and privacy-clean",
        args: { "at?": "string", codes: "list" },
        render: (args, show2) => `${args.at === void 0 ? "the fixture" : shownArg(args, "at", show2)} is not valid and privacy-clean (${shownList(args, "codes", show2)})`
      },
      "not-evaluated": {
        severity: "error",
        meaning: "readiness could not be evaluated: release or now is not usable",
        args: {},
        render: () => "readiness could not be evaluated: release or now is not usable"
      },
      "not-ready": {
        severity: "error",
        meaning: "the fixture does not evaluate to ready at now",
        args: { verdict: "string" },
        render: (args, show2) => `the fixture evaluates to ${shownArg(args, "verdict", show2)}, not ready`
      },
      "gate-not-pass": {
        severity: "error",
        meaning: "a gate of the fixture does not pass",
        args: { gate: "string", status: "string" },
        render: (args, show2) => `gate ${shownArg(args, "gate", show2)} is ${shownArg(args, "status", show2)}`
      },
      "identity-term": {
        severity: "error",
        meaning: "a vertical product name from --identity-terms appears in the fixture",
        args: { term: "string" },
        render: (args, show2) => `the identity term "${shownArg(args, "term", show2)}" appears in the fixture`
      },
      "token-marker": {
        severity: "error",
        meaning: "a documented token prefix appears where a token could start",
        args: { prefix: "string" },
        render: (args, show2) => `a token marker (the documented prefix ${shownArg(args, "prefix", show2)}) appears`
      },
      "actor-mention": {
        severity: "error",
        meaning: "an @mention, an actor handle, appears",
        args: {},
        render: () => "an @mention, an actor handle, appears"
      },
      "actor-key": {
        severity: "error",
        meaning: "an extensions key that names an actor appears",
        args: {},
        render: () => "an extensions key that names an actor appears"
      }
    });
  }
});

// src/problem/codes/packet.ts
var documentName, DOCUMENT, PACKET_CODES;
var init_packet = __esm({
  "src/problem/codes/packet.ts"() {
    "use strict";
    init_entry();
    init_arg_text();
    documentName = (args, show2) => args.id === void 0 ? `a ${shownArg(args, "kind", show2)} document` : `${shownArg(args, "kind", show2)} ${shownArg(args, "id", show2)}`;
    DOCUMENT = { kind: "string", "id?": "string" };
    PACKET_CODES = defineCodes({
      "document-changed": {
        severity: "error",
        meaning: "a document the packet names was given with a different digest",
        args: DOCUMENT,
        render: (args, show2) => `${documentName(args, show2)} has changed since the packet was built`
      },
      "document-missing": {
        severity: "error",
        meaning: "a document the packet names was not given",
        args: DOCUMENT,
        render: (args, show2) => `${documentName(args, show2)} is in the packet but was not given`
      },
      "document-extra": {
        severity: "error",
        meaning: "a document was given that the packet does not name",
        args: DOCUMENT,
        render: (args, show2) => `${documentName(args, show2)} was given but is not in the packet`
      },
      "packet-digest-mismatch": {
        severity: "error",
        meaning: "packetDigest is not the digest of the packet without it",
        args: {},
        render: () => "packetDigest does not match the packet"
      },
      "artifacts-mismatch": {
        severity: "error",
        meaning: "the packet's artifacts list is not the one the given documents make",
        args: {},
        render: () => "the artifacts list does not match the documents"
      },
      "readiness-mismatch": {
        severity: "error",
        meaning: "readiness re-run at the packet's now and policy differs from the packet's, byte for byte",
        args: {},
        render: () => "readiness re-run at the packet time differs"
      },
      "readiness-not-reproducible": {
        severity: "error",
        meaning: "readiness cannot be re-run from the packet's candidate, policy and now",
        args: {},
        render: () => "readiness cannot be re-run from the packet"
      },
      "packet-invalid": {
        severity: "error",
        meaning: "the packet is not a valid release-packet (a schema issue and where); with more, how many are not listed",
        args: { "issue?": "string", "at?": "string", "more?": "number" },
        render: (args, show2) => args.more === void 0 ? `the packet is not a valid release-packet: ${shownAt(shownArg(args, "issue", show2), args, "at", show2)}` : `and ${shownArg(args, "more", show2)} more problems`
      },
      "packet-privacy": {
        severity: "error",
        meaning: "the packet holds a privacy finding (its class and pointer, never its value)",
        args: { class: "string", at: "string" },
        render: (args, show2) => `the packet is not privacy-clean: ${shownAt(`${shownArg(args, "class", show2)} finding`, args, "at", show2)}`
      }
    });
  }
});

// src/problem/codes/privacy.ts
var finding, PRIVACY_CODES;
var init_privacy = __esm({
  "src/problem/codes/privacy.ts"() {
    "use strict";
    init_entry();
    init_arg_text();
    finding = (privacyClass, meaning) => ({
      severity: "error",
      meaning,
      args: { rule: "string", redacted: "string", "shadowed?": "boolean" },
      render: (args, show2, pointer) => {
        const where = args.shadowed === true ? " (in a duplicate member that JSON parsers drop)" : "";
        return `${labelAt(`${privacyClass} finding`, pointer ?? "", show2)}${where}: ${shownArg(args, "redacted", show2)}`;
      },
      summary: `${privacyClass} finding`
    });
    PRIVACY_CODES = defineCodes({
      "credential-finding": finding("credential", "a credential: a token, key, password, signature or one of their parts"),
      "identity-finding": finding("identity", "a user, actor, account, workspace, owner or customer identifier or address"),
      "storage-finding": finding("storage", "a storage object key, bucket endpoint or namespace id"),
      "provider-finding": finding(
        "provider",
        "a raw provider execution, prediction, request or log id, or gateway metadata"
      ),
      "media-finding": finding("media", "embedded image or file bytes"),
      "private-url-finding": finding(
        "private-url",
        "a URL with credentials, signed or secret query parameters, or a private host"
      )
    });
  }
});

// src/problem/codes/readiness.ts
var labelled, verdictNotPass, resourceNotReady, approvalScope, READINESS_CODES;
var init_readiness = __esm({
  "src/problem/codes/readiness.ts"() {
    "use strict";
    init_entry();
    init_arg_text();
    labelled = (args, show2) => `${argText(args, "kind")} ${shownArg(args, "id", show2)}`;
    verdictNotPass = {
      severity: "error",
      meaning: "the canary document does not report verdict `pass`",
      args: { id: "string" },
      render: (args, show2) => `${shownArg(args, "id", show2)} verdict is not pass`
    };
    resourceNotReady = (status) => ({
      severity: "error",
      meaning: `a listed resource is \`${status}\`, not \`ready\``,
      args: { type: "string", label: "string" },
      render: (args, show2) => `resource ${argText(args, "type")} ${shownArg(args, "label", show2)} is not ready`
    });
    approvalScope = (meaning, sentence) => ({
      severity: "error",
      meaning,
      args: { id: "string", scope: "string" },
      render: (args, show2) => sentence(shownArg(args, "id", show2), argText(args, "scope"))
    });
    READINESS_CODES = defineCodes({
      // Choosing the document (§6 steps 1–5).
      "no-evidence": {
        severity: "error",
        meaning: "no input document serves the gate",
        args: { gate: "string" },
        render: (args) => `no evidence for gate ${argText(args, "gate")}`
      },
      "subject-mismatch": {
        severity: "error",
        meaning: "a document of the gate's kind is for another repository, branch or commit",
        args: { kind: "string", id: "string", differs: "list" },
        render: (args, show2) => `${labelled(args, show2)}: ${argList(args, "differs").join(", ")} differs from the candidate's`
      },
      "future-dated": {
        severity: "error",
        meaning: "every matching document is dated after `now + clockSkew`",
        args: { gate: "string" },
        render: (args) => `every matching document for gate ${argText(args, "gate")} is dated in the future`
      },
      "invalid-evidence": {
        severity: "error",
        meaning: "the chosen document is invalid (schema, consistency rule or privacy finding)",
        args: { kind: "string", id: "string" },
        render: (args, show2) => `${labelled(args, show2)} is invalid`
      },
      "too-old": {
        severity: "error",
        meaning: "the chosen document is older than the gate's max age at `now`",
        args: { kind: "string", id: "string", maxAge: "string", gate: "string" },
        render: (args, show2) => `${labelled(args, show2)} is older than ${shownArg(args, "maxAge", show2)} for gate ${argText(args, "gate")}`
      },
      // What a chosen document must show to pass (the §6 table's "passes when").
      "conclusion-failure": {
        severity: "error",
        meaning: "the release status reports conclusion `failure`",
        args: { id: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)} reports conclusion failure`
      },
      "no-passed-check": {
        severity: "error",
        meaning: "the release status has no `passed` check",
        args: { id: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)} has no passed check`
      },
      "origin-mismatch": {
        severity: "error",
        meaning: "the release status is not for the candidate's origin of its environment",
        args: { id: "string", environment: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)} is not for the candidate's ${argText(args, "environment")} origin`
      },
      "wrong-environment": {
        severity: "error",
        meaning: "the receipt or resource document is not for `production`",
        args: { id: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)} is not for production`
      },
      "preflight-not-passed": {
        severity: "error",
        meaning: "a rotated secret's preflight did not pass",
        args: { id: "string", secret: "string", store: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)}: preflight of secret ${shownArg(args, "secret", show2)} in ${argText(args, "store")} did not pass`
      },
      "resource-not-listed": {
        severity: "error",
        meaning: "a resource the candidate expects is absent from the list",
        args: { type: "string", label: "string" },
        render: (args, show2) => `expected resource ${argText(args, "type")} ${shownArg(args, "label", show2)} is not listed`
      },
      "resource-missing": resourceNotReady("missing"),
      "resource-drifted": resourceNotReady("drifted"),
      "resource-pending": resourceNotReady("pending"),
      "approval-missing": approvalScope(
        "a scope has no decided approval",
        (id, scope) => `${id} has no decided ${scope} approval`
      ),
      "approval-rejected": approvalScope(
        "a scope's newest decision is not `approved`",
        (id, scope) => `${id}: the newest ${scope} decision is not approved`
      ),
      "approval-expired": approvalScope(
        "a scope's newest approval expired at or before `now`",
        (id, scope) => `${id}: the newest ${scope} approval has expired`
      ),
      "traffic-zero": {
        severity: "error",
        meaning: "the newest traffic approval allows 0 percent",
        args: { id: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)}: the newest traffic approval allows no traffic (0 percent)`
      },
      "verdict-fail": verdictNotPass,
      "verdict-inconclusive": verdictNotPass,
      "threshold-below-floor": {
        severity: "error",
        meaning: "a canary's own threshold is weaker than the policy's floor",
        args: { id: "string", threshold: "string", value: "number", floor: "number", direction: "string" },
        render: (args, show2) => `${shownArg(args, "id", show2)}: thresholds.${argText(args, "threshold")} ${argText(args, "value")} is ${args.direction === "max" ? "above" : "below"} the policy floor ${argText(args, "floor")}`
      },
      // Warnings (§7): shown by every report, never changing the verdict.
      "policy-weakened": {
        severity: "warning",
        meaning: "the effective policy sets a `maxAge` or `clockSkew` weaker than its default",
        args: { key: "string", "gate?": "string", value: "string", default: "string" },
        render: (args, show2) => {
          const key = args.gate === void 0 ? argText(args, "key") : `${argText(args, "key")} of gate ${argText(args, "gate")}`;
          return `policy ${key} is ${shownArg(args, "value", show2)}, weaker than the default ${argText(args, "default")}`;
        }
      },
      "deferral-expiring": {
        severity: "warning",
        meaning: "an active deferral expires within 7 days of `now`",
        args: { deferral: "string", gate: "string", expiresAt: "string" },
        render: (args, show2) => `deferral ${shownArg(args, "deferral", show2)} for gate ${argText(args, "gate")} expires at ${shownArg(args, "expiresAt", show2)}`
      }
    });
  }
});

// src/problem/catalogue.ts
function entryOf(code2) {
  const entry = ENTRIES.get(code2);
  if (entry === void 0) throw new TypeError("not a problem code");
  return entry;
}
var PROBLEM_DOMAINS, PROBLEM_CATALOGUE, ENTRIES;
var init_catalogue = __esm({
  "src/problem/catalogue.ts"() {
    "use strict";
    init_cli();
    init_document();
    init_fixture();
    init_packet();
    init_privacy();
    init_readiness();
    PROBLEM_DOMAINS = {
      document: DOCUMENT_CODES,
      privacy: PRIVACY_CODES,
      readiness: READINESS_CODES,
      packet: PACKET_CODES,
      fixture: FIXTURE_CODES,
      cli: CLI_CODES
    };
    PROBLEM_CATALOGUE = {
      ...DOCUMENT_CODES,
      ...PRIVACY_CODES,
      ...READINESS_CODES,
      ...PACKET_CODES,
      ...FIXTURE_CODES,
      ...CLI_CODES
    };
    ENTRIES = new Map(Object.entries(PROBLEM_CATALOGUE));
  }
});

// src/problem/problem.ts
function problem(code2, args = {}, pointer) {
  const { severity } = entryOf(code2);
  return pointer === void 0 ? { code: code2, severity, args } : { code: code2, severity, pointer, args };
}
var init_problem = __esm({
  "src/problem/problem.ts"() {
    "use strict";
    init_catalogue();
  }
});

// src/problem/render.ts
function renderProblem(problem2, show2 = asIs) {
  return entryOf(problem2.code).render(problem2.args, show2, problem2.pointer);
}
var asIs;
var init_render = __esm({
  "src/problem/render.ts"() {
    "use strict";
    init_catalogue();
    asIs = (value2) => value2;
  }
});

// src/problem/index.ts
var init_problem2 = __esm({
  "src/problem/index.ts"() {
    "use strict";
    init_catalogue();
    init_arg_text();
    init_problem();
    init_render();
  }
});

// src/cli/errors.ts
function cliProblem(code2, args) {
  return problem(code2, args);
}
var EXIT_OK, EXIT_NOT_ACCEPTABLE, EXIT_USAGE, UsageError, InputError;
var init_errors = __esm({
  "src/cli/errors.ts"() {
    "use strict";
    init_problem2();
    EXIT_OK = 0;
    EXIT_NOT_ACCEPTABLE = 1;
    EXIT_USAGE = 2;
    UsageError = class extends Error {
      name = "UsageError";
    };
    InputError = class _InputError extends Error {
      name = "InputError";
      problem;
      constructor(code2, args) {
        super(code2);
        this.problem = cliProblem(code2, args);
      }
      /** The same error again, from a problem that crossed a thread boundary. */
      static of(found) {
        return new _InputError(found.code, found.args);
      }
      get path() {
        return this.problem.args.path;
      }
    };
  }
});

// src/cli/render/problem.ts
function inputErrorText(problem2) {
  return `${problem2.args.path}: ${renderProblem(problem2)}`;
}
function evidenceLine(problem2) {
  return `evidence ${inputErrorText(problem2)}`;
}
var init_problem3 = __esm({
  "src/cli/render/problem.ts"() {
    "use strict";
    init_problem2();
  }
});

// ../../node_modules/.pnpm/canonicalize@4.0.0/node_modules/canonicalize/lib/canonicalize.js
function hasLoneSurrogate(value2) {
  for (let i = 0; i < value2.length; i++) {
    const code2 = value2.charCodeAt(i);
    if (code2 >= 55296 && code2 <= 56319) {
      if (i === value2.length - 1) {
        return true;
      }
      const next = value2.charCodeAt(i + 1);
      if (!(next >= 56320 && next <= 57343)) {
        return true;
      }
      i++;
    } else if (code2 >= 56320 && code2 <= 57343) {
      return true;
    }
  }
  return false;
}
function canonicalize(object, seen = /* @__PURE__ */ new Set()) {
  if (typeof object === "number" && isNaN(object)) {
    throw new Error("NaN is not allowed");
  }
  if (typeof object === "number" && !isFinite(object)) {
    throw new Error("Infinity is not allowed");
  }
  if (typeof object === "string" && hasLoneSurrogate(object)) {
    throw new Error("Lone surrogate is not allowed");
  }
  if (object === null || typeof object !== "object") {
    return JSON.stringify(object);
  }
  if (typeof object.toJSON === "function") {
    if (seen.has(object)) {
      throw new Error("Circular reference detected");
    }
    seen.add(object);
    const result3 = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result3;
  }
  if (seen.has(object)) {
    throw new Error("Circular reference detected");
  }
  seen.add(object);
  let result2;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value2 = cv === void 0 || typeof cv === "symbol" ? null : cv;
      return canonicalize(value2, seen);
    });
    result2 = `[${values.join(",")}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === void 0 || typeof object[key] === "symbol") {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result2 = `{${parts.join(",")}}`;
  }
  seen.delete(object);
  return result2;
}
var init_canonicalize = __esm({
  "../../node_modules/.pnpm/canonicalize@4.0.0/node_modules/canonicalize/lib/canonicalize.js"() {
  }
});

// src/json/canonical.ts
function canonicalJson(value2) {
  try {
    return canonicalize(value2) ?? "null";
  } catch {
    return canonicalize(toWellFormed(value2)) ?? "null";
  }
}
function toWellFormed(value2) {
  if (typeof value2 === "string") return value2.toWellFormed();
  if (Array.isArray(value2)) return value2.map(toWellFormed);
  if (typeof value2 === "object" && value2 !== null) {
    const copy = /* @__PURE__ */ Object.create(null);
    for (const [key, member] of Object.entries(value2)) copy[key.toWellFormed()] = toWellFormed(member);
    return copy;
  }
  return value2;
}
var init_canonical = __esm({
  "src/json/canonical.ts"() {
    "use strict";
    init_canonicalize();
  }
});

// src/json/digest.ts
function sha256Digest(text3) {
  return crypto.subtle.digest("SHA-256", encoder.encode(text3)).then(hexDigest);
}
function hexDigest(hash) {
  let digest2 = "sha256:";
  for (const byte of new Uint8Array(hash)) digest2 += HEX[byte];
  return digest2;
}
function digestOf(value2) {
  return sha256Digest(canonicalJson(value2));
}
var encoder, HEX;
var init_digest = __esm({
  "src/json/digest.ts"() {
    "use strict";
    init_canonical();
    encoder = new TextEncoder();
    HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
  }
});

// src/json/position.ts
function createPositionIndex(text3) {
  let lineStarts;
  return (offset) => {
    if (!lineStarts) {
      let lines3 = 1;
      for (let index = 0; index < text3.length; index++) if (text3.charCodeAt(index) === 10) lines3++;
      lineStarts = new Int32Array(lines3);
      let line = 1;
      for (let index = 0; index < text3.length; index++)
        if (text3.charCodeAt(index) === 10) lineStarts[line++] = index + 1;
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}
var init_position = __esm({
  "src/json/position.ts"() {
    "use strict";
  }
});

// src/json/record.ts
function isRecord(value2) {
  return typeof value2 === "object" && value2 !== null && !Array.isArray(value2);
}
var init_record = __esm({
  "src/json/record.ts"() {
    "use strict";
  }
});

// src/json/member-names.ts
var SMALL, MemberNames;
var init_member_names = __esm({
  "src/json/member-names.ts"() {
    "use strict";
    SMALL = 8;
    MemberNames = class {
      names = [];
      ids = [];
      /** How many of `names` belong to the current object: the arrays are reused, never shortened. */
      size = 0;
      map;
      clear() {
        this.size = 0;
        this.map = void 0;
      }
      /** Records `name` as member `id`; returns the id of the earlier member of that name, or -1. */
      add(name, id) {
        if (this.map) {
          const earlier = this.map.get(name);
          this.map.set(name, id);
          return earlier ?? -1;
        }
        const { names, ids, size } = this;
        for (let index = 0; index < size; index++) {
          if (names[index] === name) {
            const earlier = ids[index];
            ids[index] = id;
            return earlier;
          }
        }
        if (size === SMALL) {
          this.map = new Map(names.map((known, index) => [known, ids[index]]));
          this.map.set(name, id);
          return -1;
        }
        names[size] = name;
        ids[size] = id;
        this.size = size + 1;
        return -1;
      }
    };
  }
});

// src/json/scan-chars.ts
function isWhitespace(code2) {
  return code2 === 32 || code2 === 10 || code2 === 13 || code2 === 9;
}
function endOfString(text3, start) {
  const length = text3.length;
  for (let index = start + 1; index < length; index++) {
    const code2 = text3.charCodeAt(index);
    if (code2 === QUOTE) return index + 1;
    if (code2 < 32) return -1;
    if (code2 !== BACKSLASH) continue;
    const escaped = text3.charCodeAt(++index);
    if (escaped === 117) {
      for (let digit = 0; digit < 4; digit++) if (!isHex(text3.charCodeAt(++index))) return -1;
    } else if (!isSimpleEscape(escaped)) return -1;
  }
  return -1;
}
function stringValue(text3, start, end) {
  const value2 = text3.slice(start + 1, end - 1);
  return value2.indexOf("\\") === -1 ? value2 : JSON.parse(text3.slice(start, end));
}
function isSimpleEscape(code2) {
  return code2 === QUOTE || code2 === BACKSLASH || code2 === 47 || code2 === 98 || code2 === 102 || code2 === 110 || code2 === 114 || code2 === 116;
}
function endOfNumber(text3, start) {
  let index = start;
  if (text3.charCodeAt(index) === 45) index++;
  const first = text3.charCodeAt(index);
  if (first === ZERO) index++;
  else if (isDigit(first)) while (isDigit(text3.charCodeAt(++index))) ;
  else return -1;
  if (text3.charCodeAt(index) === 46 && isDigit(text3.charCodeAt(index + 1))) {
    index++;
    while (isDigit(text3.charCodeAt(++index))) ;
  }
  const exponent = text3.charCodeAt(index);
  if (exponent === 101 || exponent === 69) {
    let next = index + 1;
    const sign = text3.charCodeAt(next);
    if (sign === 43 || sign === 45) next++;
    if (isDigit(text3.charCodeAt(next))) {
      while (isDigit(text3.charCodeAt(++next))) ;
      index = next;
    }
  }
  return index;
}
function isSafeNumber(text3, start, end) {
  let integer = true;
  for (let index = start; index < end && integer; index++) {
    const code2 = text3.charCodeAt(index);
    integer = isDigit(code2) || code2 === 45;
  }
  const digits = text3.charCodeAt(start) === 45 ? end - start - 1 : end - start;
  if (integer && digits <= 15) return true;
  const number2 = Number(text3.slice(start, end));
  return Number.isFinite(number2) && (!integer || Number.isSafeInteger(number2));
}
var QUOTE, BACKSLASH, ZERO, NINE, isDigit, isHex;
var init_scan_chars = __esm({
  "src/json/scan-chars.ts"() {
    "use strict";
    QUOTE = 34;
    BACKSLASH = 92;
    ZERO = 48;
    NINE = 57;
    isDigit = (code2) => code2 >= ZERO && code2 <= NINE;
    isHex = (code2) => isDigit(code2) || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102;
  }
});

// src/json/tokenize.ts
function walkJson(text3, maxDepth, visitor = {}) {
  const frames = [];
  let depth = 0;
  const path = [];
  const length = text3.length;
  let pos = 0;
  let nextMemberId = 0;
  let state = VALUE;
  const fail = (message) => ({ code: "json-syntax", offset: pos, message });
  const ended = () => pos >= length ? "unexpected end of input" : void 0;
  for (; ; ) {
    while (pos < length && isWhitespace(text3.charCodeAt(pos))) pos++;
    const code2 = pos < length ? text3.charCodeAt(pos) : -1;
    const frame = depth > 0 ? frames[depth - 1] : void 0;
    if (state === NAME) {
      const start = pos;
      if (code2 !== QUOTE2) return fail("expected a member name");
      const end = endOfString(text3, pos);
      if (end === -1) return fail("invalid member name");
      const name = stringValue(text3, pos, end);
      pos = end;
      const object = frame;
      const memberId = nextMemberId++;
      object.memberId = memberId;
      path.push(name);
      const earlier = object.names.add(name, memberId);
      if (earlier !== -1) visitor.onDuplicate?.(path, start, earlier);
      visitor.onString?.({ value: name, offset: start, path, isKey: true, memberId });
      while (pos < length && isWhitespace(text3.charCodeAt(pos))) pos++;
      if (text3.charCodeAt(pos) !== COLON) return fail("expected a colon after a member name");
      pos++;
      state = VALUE;
      continue;
    }
    if (state === VALUE) {
      const start = pos;
      if (code2 === OPEN_OBJECT || code2 === OPEN_ARRAY) {
        if (depth >= maxDepth) {
          return { code: "json-too-deep", offset: pos, message: `nesting exceeds the limit of ${maxDepth} levels` };
        }
        visitor.onContainer?.(path, frame ? frame.memberId : -1);
        pos++;
        const isObject = code2 === OPEN_OBJECT;
        const opened = depth < frames.length ? frames[depth] : { isObject, names: new MemberNames(), index: 0, memberId: -1 };
        frames[depth++] = opened;
        opened.isObject = isObject;
        opened.names.clear();
        opened.index = 0;
        opened.memberId = -1;
        while (pos < length && isWhitespace(text3.charCodeAt(pos))) pos++;
        if (text3.charCodeAt(pos) === (isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) {
          pos++;
          depth--;
          state = AFTER;
        } else if (isObject) {
          state = NAME;
        } else {
          path.push(0);
        }
        continue;
      }
      if (code2 === QUOTE2) {
        const end = endOfString(text3, pos);
        if (end === -1) return fail("invalid string literal");
        const value2 = stringValue(text3, pos, end);
        pos = end;
        const memberId = frame ? frame.memberId : -1;
        visitor.onString?.({ value: value2, offset: start, path, isKey: false, memberId });
      } else if (code2 === MINUS || code2 >= 48 && code2 <= 57) {
        const end = endOfNumber(text3, pos);
        if (end === -1) return fail("invalid number literal");
        pos = end;
        if (!isSafeNumber(text3, start, end)) visitor.onUnsafeInteger?.(path, start);
      } else {
        const literal2 = LITERALS.find((word) => text3.startsWith(word, pos));
        if (!literal2) return fail(ended() ?? "unexpected character");
        pos += literal2.length;
      }
      state = AFTER;
      continue;
    }
    if (!frame) {
      return pos === length ? void 0 : fail("unexpected content after the top-level value");
    }
    if (code2 === COMMA) {
      pos++;
      path.pop();
      frame.index++;
      if (frame.isObject) {
        state = NAME;
      } else {
        path.push(frame.index);
        state = VALUE;
      }
      continue;
    }
    if (code2 === (frame.isObject ? CLOSE_OBJECT : CLOSE_ARRAY)) {
      pos++;
      path.pop();
      depth--;
      continue;
    }
    return fail(ended() ?? "expected a comma or a closing bracket");
  }
}
var QUOTE2, COMMA, COLON, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY, MINUS, LITERALS, VALUE, NAME, AFTER;
var init_tokenize = __esm({
  "src/json/tokenize.ts"() {
    "use strict";
    init_member_names();
    init_scan_chars();
    QUOTE2 = 34;
    COMMA = 44;
    COLON = 58;
    OPEN_OBJECT = 123;
    CLOSE_OBJECT = 125;
    OPEN_ARRAY = 91;
    CLOSE_ARRAY = 93;
    MINUS = 45;
    LITERALS = ["true", "false", "null"];
    VALUE = 0;
    NAME = 1;
    AFTER = 2;
  }
});

// src/json/parse.ts
function utf8Length(text3) {
  let bytes = 0;
  for (let index = 0; index < text3.length; index++) {
    const code2 = text3.charCodeAt(index);
    if (code2 < 128) bytes += 1;
    else if (code2 < 2048) bytes += 2;
    else if (code2 >= 55296 && code2 <= 56319 && index + 1 < text3.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
function parseJson(text3, limits = {}, visitor = {}) {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const failure = (code2, message, offset) => ({
    ok: false,
    error: offset === void 0 ? { code: code2, message } : { code: code2, message, position: createPositionIndex(text3)(offset) }
  });
  if (text3.length > maxBytes || utf8Length(text3) > maxBytes) {
    return failure("json-too-large", `input is larger than the limit of ${maxBytes} bytes`);
  }
  if (text3.charCodeAt(0) === 65279) return failure("json-bom", "input starts with a byte order mark (BOM)", 0);
  if (text3.trim() === "") return failure("json-empty", "input is empty");
  const nul = text3.indexOf("\0");
  if (nul !== -1) return failure("json-nul", "input contains a NUL character", nul);
  const duplicateKeys = [];
  const unsafeIntegers = [];
  const error = walkJson(text3, maxDepth, {
    ...visitor,
    onDuplicate(path, offset, shadowed) {
      duplicateKeys.push([...path]);
      visitor.onDuplicate?.(path, offset, shadowed);
    },
    onUnsafeInteger(path, offset) {
      unsafeIntegers.push([...path]);
      visitor.onUnsafeInteger?.(path, offset);
    }
  });
  if (error) return failure(error.code, `invalid JSON: ${error.message}`, error.offset);
  const value2 = JSON.parse(text3);
  if (!isRecord(value2)) return failure("json-not-object", "the top-level value is not a JSON object");
  return { ok: true, value: value2, duplicateKeys, unsafeIntegers };
}
var DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH;
var init_parse = __esm({
  "src/json/parse.ts"() {
    "use strict";
    init_position();
    init_record();
    init_tokenize();
    DEFAULT_MAX_BYTES = 1024 * 1024;
    DEFAULT_MAX_DEPTH = 64;
  }
});

// src/json/pointer.ts
function escapePointerSegment(segment) {
  if (typeof segment === "number") return String(segment);
  return String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
}
function toPointer(path, redact) {
  let pointer = "";
  for (const segment of path) pointer += `/${pointerSegment(segment, redact)}`;
  return pointer;
}
function pointerSegment(segment, redact) {
  return typeof segment === "string" && redact?.(segment) ? "~redacted" : escapePointerSegment(segment);
}
var init_pointer = __esm({
  "src/json/pointer.ts"() {
    "use strict";
  }
});

// src/json/index.ts
var init_json = __esm({
  "src/json/index.ts"() {
    "use strict";
    init_canonical();
    init_digest();
    init_parse();
  }
});

// src/format/bounded-lines.ts
var BoundedLines;
var init_bounded_lines = __esm({
  "src/format/bounded-lines.ts"() {
    "use strict";
    init_json();
    BoundedLines = class {
      constructor(maxBytes, noteFor) {
        this.maxBytes = maxBytes;
        this.noteFor = noteFor;
        this.reserve = utf8Length(noteFor(Number.MAX_SAFE_INTEGER)) + 2;
        if (maxBytes < this.reserve) throw new RangeError(`the limit must be at least ${this.reserve} bytes`);
      }
      lines = [];
      bytes = 0;
      omitted = 0;
      /** Bytes kept free for the note: one built for a huge count is the longest it can ever be. */
      reserve;
      /** Adds lines in order (an array, not spread arguments, so any count fits the call stack); once one does not fit, it and every later line are counted as omitted. */
      push(lines3) {
        for (const line of lines3) {
          const size = utf8Length(line) + 1;
          if (this.omitted === 0 && this.bytes + size + this.reserve <= this.maxBytes) {
            this.lines.push(line);
            this.bytes += size;
          } else {
            this.omitted++;
          }
        }
      }
      /** The text, ending with a newline; with the note appended when anything was cut. */
      toString() {
        const body = this.lines.map((line) => `${line}
`).join("");
        return this.omitted === 0 ? body : `${body}
${this.noteFor(this.omitted)}
`;
      }
    };
  }
});

// src/format/durations.ts
function humanSpan(ms) {
  if (!Number.isFinite(ms)) return "?";
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(ms);
  const parts = [];
  for (const [size, unit] of UNITS) {
    if (parts.length === 2) break;
    const amount = Math.floor(rest / size);
    if (amount > 0 || parts.length > 0) {
      parts.push(parts.length > 0 ? `${String(amount).padStart(2, "0")}${unit}` : `${amount}${unit}`);
      rest -= amount * size;
    }
  }
  const text3 = parts.filter((part, index) => index === 0 || !/^0+[a-z]$/.test(part)).join("");
  return `${sign}${text3 || "0s"}`;
}
var SECOND, MINUTE, HOUR, DAY, UNITS;
var init_durations = __esm({
  "src/format/durations.ts"() {
    "use strict";
    SECOND = 1e3;
    MINUTE = 60 * SECOND;
    HOUR = 60 * MINUTE;
    DAY = 24 * HOUR;
    UNITS = [
      [DAY, "d"],
      [HOUR, "h"],
      [MINUTE, "m"],
      [SECOND, "s"]
    ];
  }
});

// src/format/short-digest.ts
function shortDigest(digest2) {
  const [algorithm, hex] = digest2.split(":", 2);
  return hex === void 0 ? digest2.slice(0, SHORT_DIGEST_HEX) : `${algorithm}:${hex.slice(0, SHORT_DIGEST_HEX)}`;
}
var SHORT_DIGEST_HEX;
var init_short_digest = __esm({
  "src/format/short-digest.ts"() {
    "use strict";
    SHORT_DIGEST_HEX = 12;
  }
});

// src/format/catalogue.ts
function render(table2, code2, args, show2) {
  const row = Object.hasOwn(table2, code2) ? table2[code2] : void 0;
  return row ? row(args, show2) : show2(code2);
}
function deferralEntryLines(args) {
  if (args.alternative !== "add-deferral") return void 0;
  const entry = {
    id: text(args, "deferralId"),
    gate: text(args, "gate"),
    reference: text(args, "deferralReference"),
    expiresAt: text(args, "deferralExpiresAt")
  };
  return JSON.stringify(entry, null, 2).split("\n");
}
var text, list, shown, shownList2, REMEDIES, WARNINGS, CHANGES, remedyText, changeText, warningText, REMEDY_TEXT_CODES, CHANGE_CODES;
var init_catalogue2 = __esm({
  "src/format/catalogue.ts"() {
    "use strict";
    init_durations();
    init_short_digest();
    text = (args, name) => {
      const value2 = args[name];
      return typeof value2 === "string" || typeof value2 === "number" ? String(value2) : "";
    };
    list = (args, name) => {
      const value2 = args[name];
      return Array.isArray(value2) ? value2.map(String) : [];
    };
    shown = (args, name, show2) => show2(text(args, name));
    shownList2 = (args, name, show2) => list(args, name).map(show2).join(", ");
    REMEDIES = {
      "collect-fresh-evidence": (args, show2) => {
        const stage = args.stage === void 0 ? "" : `, stage ${shown(args, "stage", show2)}`;
        const environment2 = args.environment === void 0 ? "" : ` for ${shown(args, "environment", show2)}`;
        return `collect fresh ${shown(args, "class", show2)} evidence (${shown(args, "kind", show2)}${stage})${environment2} newer than ${shown(args, "newerThan", show2)}`;
      },
      "record-approval": (args, show2) => `record an operator approval for ${shownList2(args, "scopes", show2)}`,
      "fix-invalid-input": (args, show2) => {
        const problems = [...list(args, "codes"), ...list(args, "findings").map((name) => `${name} finding`)];
        const because = problems.length > 0 ? ` (${problems.map(show2).join(", ")})` : "";
        return `fix or replace ${shown(args, "kind", show2)} ${shown(args, "id", show2)}${because}`;
      },
      "match-subject": (args, show2) => {
        const expected = `${shown(args, "expectedRepository", show2)} ${shown(args, "expectedBranch", show2)} ${shown(args, "expectedCommitSha", show2)}`;
        const found = ["Repository", "Branch", "CommitSha"].filter((field) => list(args, `found${field}`).length > 0).map((field) => shownList2(args, `found${field}`, show2));
        const more = args.more === void 0 ? "" : ` and ${shown(args, "more", show2)} more`;
        const foundText = found.length > 0 ? `; found ${found.join("; ")}` : "";
        return `collect evidence for ${expected}: ${shownList2(args, "foundIds", show2)}${more} differ in ${shownList2(args, "differs", show2)}${foundText}`;
      },
      "add-deferral": (args, show2) => `or defer gate ${shown(args, "gate", show2)} until ${shown(args, "deferralExpiresAt", show2)} with this acceptedDeferrals entry`
    };
    WARNINGS = {
      "deferral-expiring": (args, show2) => shown(args, "message", show2),
      "policy-weakened": (args, show2) => shown(args, "message", show2)
    };
    CHANGES = {
      "subject-changed": (args, show2) => `${shown(args, "field", show2)}: ${shown(args, "from", show2)} → ${shown(args, "to", show2)}`,
      "verdict-changed": (args, show2) => `verdict ${shown(args, "from", show2)} → ${shown(args, "to", show2)}`,
      "gate-status-changed": (args, show2) => `${shown(args, "gate", show2)}: ${shown(args, "from", show2)} → ${shown(args, "to", show2)}`,
      "gate-evidence-replaced": (args, show2) => `${shown(args, "gate", show2)}: evidence ${shown(args, "fromId", show2)} ${show2(shortDigest(text(args, "fromDigest")))} → ${shown(args, "toId", show2)} ${show2(shortDigest(text(args, "toDigest")))}`,
      "gate-age-changed": (args, show2) => `${shown(args, "gate", show2)}: age ${show2(humanSpan(Number(args.fromAgeMs)))} → ${show2(humanSpan(Number(args.toAgeMs)))} (max ${shown(args, "maxAge", show2)})`,
      "deferral-added": (args, show2) => `deferral ${shown(args, "id", show2)} for ${shown(args, "gate", show2)} added (${shown(args, "to", show2)})`,
      "deferral-removed": (args, show2) => `deferral ${shown(args, "id", show2)} for ${shown(args, "gate", show2)} removed (was ${shown(args, "from", show2)})`,
      "deferral-expired": (args, show2) => `deferral ${shown(args, "id", show2)} for ${shown(args, "gate", show2)} expired (was ${shown(args, "from", show2)})`,
      "deferral-status-changed": (args, show2) => `deferral ${shown(args, "id", show2)} for ${shown(args, "gate", show2)}: ${shown(args, "from", show2)} → ${shown(args, "to", show2)}`,
      "policy-weakened": (args, show2) => `weakened ${shown(args, "key", show2)}: ${shown(args, "from", show2)} → ${shown(args, "to", show2)}`,
      "policy-strengthened": (args, show2) => `strengthened ${shown(args, "key", show2)}: ${shown(args, "from", show2)} → ${shown(args, "to", show2)}`,
      "input-added": (args, show2) => `input added: ${shown(args, "kind", show2)} ${shown(args, "id", show2)} ${shown(args, "digest", show2)}`,
      "input-removed": (args, show2) => `input removed: ${shown(args, "kind", show2)} ${shown(args, "id", show2)} ${shown(args, "digest", show2)}`
    };
    remedyText = (code2, args, show2) => render(REMEDIES, code2, args, show2);
    changeText = (code2, args, show2) => render(CHANGES, code2, args, show2);
    warningText = (warning2, show2) => render(WARNINGS, warning2.code, { message: warning2.message }, show2);
    REMEDY_TEXT_CODES = Object.keys(REMEDIES);
    CHANGE_CODES = Object.keys(CHANGES);
  }
});

// src/diff/change.ts
var CHANGE_CLASSES;
var init_change = __esm({
  "src/diff/change.ts"() {
    "use strict";
    CHANGE_CLASSES = ["subject", "verdict", "gates", "deferrals", "policy", "inputs"];
  }
});

// src/contract/codes.ts
function isIssueCode(value2) {
  return typeof value2 === "string" && CODE_SET.has(value2);
}
var CODE_SET;
var init_codes = __esm({
  "src/contract/codes.ts"() {
    "use strict";
    init_problem2();
    CODE_SET = new Set(Object.keys(PROBLEM_DOMAINS.document));
  }
});

// src/json/fnv1a.ts
function fnv1a(text3, bits) {
  const { offset, prime } = PARAMETERS[bits];
  const mask = (1n << BigInt(bits)) - 1n;
  let hash = offset;
  for (let index = 0; index < text3.length; index++) {
    hash ^= BigInt(text3.charCodeAt(index));
    hash = hash * prime & mask;
  }
  return hash.toString(16).padStart(bits / 4, "0");
}
var PARAMETERS;
var init_fnv1a = __esm({
  "src/json/fnv1a.ts"() {
    "use strict";
    PARAMETERS = {
      32: { offset: 0x811c9dc5n, prime: 0x01000193n },
      64: { offset: 0xcbf29ce484222325n, prime: 0x100000001b3n }
    };
  }
});

// src/contract/derived-id.ts
function derivedId(prefix, candidateId) {
  const plain = `${prefix}-${candidateId}`;
  if (plain.length <= MAX_LABEL_LENGTH) return plain;
  const suffix = fnv1a(candidateId, 32);
  return `${plain.slice(0, MAX_LABEL_LENGTH - suffix.length - 1)}-${suffix}`;
}
var MAX_LABEL_LENGTH;
var init_derived_id = __esm({
  "src/contract/derived-id.ts"() {
    "use strict";
    init_fnv1a();
    MAX_LABEL_LENGTH = 128;
  }
});

// src/json/compare.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var init_compare = __esm({
  "src/json/compare.ts"() {
    "use strict";
  }
});

// src/contract/issues.ts
function isEchoableName(name) {
  return ECHOABLE_NAME.test(name);
}
function pointerOf(path) {
  return toPointer(path, isRedacted);
}
function makeIssue(code2, path, args = {}) {
  return problem(code2, args, pointerOf(path));
}
function sortIssues(issues) {
  if (issues.length < 2) return [...issues];
  const sorted = [...issues].sort(
    (a, b) => a.pointer === b.pointer ? compareText(a.code, b.code) : compareText(a.pointer, b.pointer)
  );
  return sorted.filter(
    (issue2, index) => index === 0 || issue2.pointer !== sorted[index - 1]?.pointer || issue2.code !== sorted[index - 1]?.code
  );
}
function parseIssue({ code: code2, message, position }) {
  const where = position && { line: position.line, column: position.column };
  return makeIssue(code2, [], where ? { detail: message, ...where } : { detail: message });
}
var ECHOABLE_NAME, isRedacted;
var init_issues = __esm({
  "src/contract/issues.ts"() {
    "use strict";
    init_compare();
    init_pointer();
    init_problem2();
    ECHOABLE_NAME = /^(?:[A-Za-z_$-]{1,64}|[a-z][a-z0-9]{0,3})$/;
    isRedacted = (name) => !isEchoableName(name);
  }
});

// ../../node_modules/.pnpm/@valibot+to-json-schema@1.8.0_valibot@1.5.0_typescript@6.0.3_/node_modules/@valibot/to-json-schema/dist/index.mjs
function addError(errors, message) {
  if (errors) {
    errors.push(message);
    return errors;
  }
  return [message];
}
function escapeRegExp(string2) {
  return string2.replace(ESCAPE_REGEX, "\\$&");
}
function handleError(message, config2) {
  switch (config2?.errorMode) {
    case "ignore":
      break;
    case "warn":
      console.warn(message);
      break;
    default:
      throw new Error(message);
  }
}
function isJsonConstValue(value2) {
  return typeof value2 === "boolean" || typeof value2 === "number" && Number.isFinite(value2) || typeof value2 === "string";
}
function isJsonEnumValues(values) {
  return values.every(isJsonConstValue);
}
function getLowerBound(current, value2) {
  if (typeof current !== "number" || !Number.isFinite(current) || value2 > current) return value2;
  return current;
}
function getUpperBound(current, value2) {
  if (typeof current !== "number" || !Number.isFinite(current) || value2 < current) return value2;
  return current;
}
// @__NO_SIDE_EFFECTS__
function getNotRestriction(current, value2) {
  return current !== void 0 ? { anyOf: [current, value2] } : value2;
}
function intersectEnum(jsonSchema, values) {
  let enumValues = jsonSchema.enum ?? values;
  if (jsonSchema.enum) {
    const valueSet = new Set(values);
    enumValues = enumValues.filter((value2) => valueSet.has(value2));
  }
  if (enumValues.length) jsonSchema.enum = [...new Set(enumValues)];
  else {
    delete jsonSchema.enum;
    jsonSchema.not = /* @__PURE__ */ getNotRestriction(jsonSchema.not, {});
  }
}
function convertAction(jsonSchema, valibotAction, config2) {
  if (config2?.ignoreActions?.includes(valibotAction.type)) return jsonSchema;
  let errors;
  switch (valibotAction.type) {
    case "base64":
      jsonSchema.contentEncoding = "base64";
      break;
    case "bic":
    case "cuid2":
    case "decimal":
    case "digits":
    case "domain":
    case "emoji":
    case "hash":
    case "hexadecimal":
    case "hex_color":
    case "isrc":
    case "iso_time_second":
    case "iso_week":
    case "ksuid":
    case "mac":
    case "mac48":
    case "mac64":
    case "nanoid":
    case "octal":
    case "slug":
    case "ulid":
      if (jsonSchema.pattern) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with another regex action.`);
      else jsonSchema.pattern = valibotAction.requirement.source;
      break;
    case "description":
      jsonSchema.description = valibotAction.description;
      break;
    case "email":
    case "rfc_email":
      jsonSchema.format = "email";
      break;
    case "ends_with":
      if (jsonSchema.pattern) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with another regex action.`);
      else jsonSchema.pattern = `${escapeRegExp(valibotAction.requirement)}$`;
      break;
    case "empty":
      if (jsonSchema.type === "array") jsonSchema.maxItems = 0;
      else {
        if (jsonSchema.type !== "string") errors = addError(errors, `The "${valibotAction.type}" action is not supported on type "${jsonSchema.type}".`);
        jsonSchema.maxLength = 0;
      }
      break;
    case "entries":
      if (!Number.isInteger(valibotAction.requirement) || valibotAction.requirement < 0) {
        errors = addError(errors, 'The requirement of the "entries" action must be a non-negative integer.');
        break;
      }
      jsonSchema.minProperties = getLowerBound(jsonSchema.minProperties, valibotAction.requirement);
      jsonSchema.maxProperties = getUpperBound(jsonSchema.maxProperties, valibotAction.requirement);
      break;
    case "examples":
      if (Array.isArray(jsonSchema.examples)) jsonSchema.examples = [...jsonSchema.examples, ...valibotAction.examples];
      else jsonSchema.examples = valibotAction.examples;
      break;
    case "gt_value":
      if (jsonSchema.type !== "number" && jsonSchema.type !== "integer") {
        errors = addError(errors, `The "gt_value" action is not supported on type "${jsonSchema.type}".`);
        break;
      }
      if (!Number.isFinite(valibotAction.requirement)) {
        errors = addError(errors, 'The requirement of the "gt_value" action is not JSON compatible.');
        break;
      }
      if (config2?.target === "openapi-3.0") {
        errors = addError(errors, 'The "gt_value" action is not supported for OpenAPI 3.0.');
        break;
      }
      jsonSchema.exclusiveMinimum = getLowerBound(jsonSchema.exclusiveMinimum, valibotAction.requirement);
      break;
    case "includes":
      if (jsonSchema.pattern) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with another regex action.`);
      else jsonSchema.pattern = escapeRegExp(valibotAction.requirement);
      break;
    case "integer":
      jsonSchema.type = "integer";
      break;
    case "ipv4":
      jsonSchema.format = "ipv4";
      break;
    case "ipv6":
      jsonSchema.format = "ipv6";
      break;
    case "iso_date":
      jsonSchema.format = "date";
      break;
    case "iso_date_time":
    case "iso_timestamp":
      jsonSchema.format = "date-time";
      break;
    case "iso_time":
      jsonSchema.format = "time";
      break;
    case "jws_compact":
      if (jsonSchema.pattern) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with another regex action.`);
      else jsonSchema.pattern = valibotAction.requirement.source;
      break;
    case "length":
      if (!Number.isInteger(valibotAction.requirement) || valibotAction.requirement < 0) {
        errors = addError(errors, 'The requirement of the "length" action must be a non-negative integer.');
        break;
      }
      if (jsonSchema.type === "array") {
        jsonSchema.minItems = getLowerBound(jsonSchema.minItems, valibotAction.requirement);
        jsonSchema.maxItems = getUpperBound(jsonSchema.maxItems, valibotAction.requirement);
      } else {
        if (jsonSchema.type !== "string") errors = addError(errors, `The "${valibotAction.type}" action is not supported on type "${jsonSchema.type}".`);
        jsonSchema.minLength = getLowerBound(jsonSchema.minLength, valibotAction.requirement);
        jsonSchema.maxLength = getUpperBound(jsonSchema.maxLength, valibotAction.requirement);
      }
      break;
    case "lt_value":
      if (jsonSchema.type !== "number" && jsonSchema.type !== "integer") {
        errors = addError(errors, `The "lt_value" action is not supported on type "${jsonSchema.type}".`);
        break;
      }
      if (!Number.isFinite(valibotAction.requirement)) {
        errors = addError(errors, 'The requirement of the "lt_value" action is not JSON compatible.');
        break;
      }
      if (config2?.target === "openapi-3.0") {
        errors = addError(errors, 'The "lt_value" action is not supported for OpenAPI 3.0.');
        break;
      }
      jsonSchema.exclusiveMaximum = getUpperBound(jsonSchema.exclusiveMaximum, valibotAction.requirement);
      break;
    case "max_entries":
      if (!Number.isInteger(valibotAction.requirement) || valibotAction.requirement < 0) {
        errors = addError(errors, 'The requirement of the "max_entries" action must be a non-negative integer.');
        break;
      }
      jsonSchema.maxProperties = getUpperBound(jsonSchema.maxProperties, valibotAction.requirement);
      break;
    case "max_length":
      if (!Number.isInteger(valibotAction.requirement) || valibotAction.requirement < 0) {
        errors = addError(errors, 'The requirement of the "max_length" action must be a non-negative integer.');
        break;
      }
      if (jsonSchema.type === "array") jsonSchema.maxItems = getUpperBound(jsonSchema.maxItems, valibotAction.requirement);
      else {
        if (jsonSchema.type !== "string") errors = addError(errors, `The "${valibotAction.type}" action is not supported on type "${jsonSchema.type}".`);
        jsonSchema.maxLength = getUpperBound(jsonSchema.maxLength, valibotAction.requirement);
      }
      break;
    case "max_value":
      if (jsonSchema.type !== "number" && jsonSchema.type !== "integer") {
        errors = addError(errors, `The "max_value" action is not supported on type "${jsonSchema.type}".`);
        break;
      }
      if (!Number.isFinite(valibotAction.requirement)) {
        errors = addError(errors, 'The requirement of the "max_value" action is not JSON compatible.');
        break;
      }
      jsonSchema.maximum = getUpperBound(jsonSchema.maximum, valibotAction.requirement);
      break;
    case "metadata":
      if (typeof valibotAction.metadata.title === "string") jsonSchema.title = valibotAction.metadata.title;
      if (typeof valibotAction.metadata.description === "string") jsonSchema.description = valibotAction.metadata.description;
      if (Array.isArray(valibotAction.metadata.examples)) if (Array.isArray(jsonSchema.examples)) jsonSchema.examples = [...jsonSchema.examples, ...valibotAction.metadata.examples];
      else jsonSchema.examples = valibotAction.metadata.examples;
      for (const key of Object.keys(valibotAction.metadata)) if (key !== "title" && key !== "description" && key !== "examples" && key !== "__proto__") jsonSchema[key] = valibotAction.metadata[key];
      break;
    case "min_entries":
      if (!Number.isInteger(valibotAction.requirement) || valibotAction.requirement < 0) {
        errors = addError(errors, 'The requirement of the "min_entries" action must be a non-negative integer.');
        break;
      }
      jsonSchema.minProperties = getLowerBound(jsonSchema.minProperties, valibotAction.requirement);
      break;
    case "min_length":
      if (!Number.isInteger(valibotAction.requirement) || valibotAction.requirement < 0) {
        errors = addError(errors, 'The requirement of the "min_length" action must be a non-negative integer.');
        break;
      }
      if (jsonSchema.type === "array") jsonSchema.minItems = getLowerBound(jsonSchema.minItems, valibotAction.requirement);
      else {
        if (jsonSchema.type !== "string") errors = addError(errors, `The "${valibotAction.type}" action is not supported on type "${jsonSchema.type}".`);
        jsonSchema.minLength = getLowerBound(jsonSchema.minLength, valibotAction.requirement);
      }
      break;
    case "min_value":
      if (jsonSchema.type !== "number" && jsonSchema.type !== "integer") {
        errors = addError(errors, `The "min_value" action is not supported on type "${jsonSchema.type}".`);
        break;
      }
      if (!Number.isFinite(valibotAction.requirement)) {
        errors = addError(errors, 'The requirement of the "min_value" action is not JSON compatible.');
        break;
      }
      jsonSchema.minimum = getLowerBound(jsonSchema.minimum, valibotAction.requirement);
      break;
    case "multiple_of":
      jsonSchema.multipleOf = valibotAction.requirement;
      break;
    case "non_empty":
      if (jsonSchema.type === "array") jsonSchema.minItems = getLowerBound(jsonSchema.minItems, 1);
      else {
        if (jsonSchema.type !== "string") errors = addError(errors, `The "${valibotAction.type}" action is not supported on type "${jsonSchema.type}".`);
        jsonSchema.minLength = getLowerBound(jsonSchema.minLength, 1);
      }
      break;
    case "not_value":
      if (!isJsonConstValue(valibotAction.requirement)) {
        errors = addError(errors, 'The requirement of the "not_value" action is not JSON compatible.');
        break;
      }
      jsonSchema.not = /* @__PURE__ */ getNotRestriction(jsonSchema.not, config2?.target === "openapi-3.0" ? { enum: [valibotAction.requirement] } : { const: valibotAction.requirement });
      break;
    case "not_values":
      if (!isJsonEnumValues(valibotAction.requirement)) {
        errors = addError(errors, 'A requirement of the "not_values" action is not JSON compatible.');
        break;
      }
      if (valibotAction.requirement.length) jsonSchema.not = /* @__PURE__ */ getNotRestriction(jsonSchema.not, { enum: [...new Set(valibotAction.requirement)] });
      break;
    case "regex":
      if (valibotAction.requirement.flags) errors = addError(errors, "RegExp flags are not supported by JSON Schema.");
      if (jsonSchema.pattern) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with another regex action.`);
      else jsonSchema.pattern = valibotAction.requirement.source;
      break;
    case "safe_integer":
      jsonSchema.type = "integer";
      jsonSchema.minimum = getLowerBound(jsonSchema.minimum, Number.MIN_SAFE_INTEGER);
      jsonSchema.maximum = getUpperBound(jsonSchema.maximum, Number.MAX_SAFE_INTEGER);
      break;
    case "starts_with":
      if (jsonSchema.pattern) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with another regex action.`);
      else jsonSchema.pattern = `^${escapeRegExp(valibotAction.requirement)}`;
      break;
    case "title":
      jsonSchema.title = valibotAction.title;
      break;
    case "url":
      jsonSchema.format = "uri";
      break;
    case "uuid":
      jsonSchema.format = "uuid";
      break;
    case "value":
      if (!isJsonConstValue(valibotAction.requirement)) {
        errors = addError(errors, 'The requirement of the "value" action is not JSON compatible.');
        break;
      }
      if (config2?.target === "openapi-3.0") intersectEnum(jsonSchema, [valibotAction.requirement]);
      else if ("const" in jsonSchema && jsonSchema.const !== valibotAction.requirement) errors = addError(errors, `The "${valibotAction.type}" action is not supported in combination with a different "const" restriction.`);
      else jsonSchema.const = valibotAction.requirement;
      break;
    case "values":
      if (!isJsonEnumValues(valibotAction.requirement)) {
        errors = addError(errors, 'A requirement of the "values" action is not JSON compatible.');
        break;
      }
      intersectEnum(jsonSchema, valibotAction.requirement);
      break;
    default:
      errors = addError(errors, `The "${valibotAction.type}" action cannot be converted to JSON Schema.`);
  }
  if (config2?.overrideAction) {
    const actionOverride = config2.overrideAction({
      valibotAction,
      jsonSchema,
      errors
    });
    if (actionOverride) return { ...actionOverride };
  }
  if (errors) for (const message of errors) handleError(message, config2);
  return jsonSchema;
}
function flattenPipe(pipe2) {
  return pipe2.flatMap((item) => "pipe" in item ? flattenPipe(item.pipe) : item);
}
function getDefinitionRef(referenceId) {
  return `#/$defs/${referenceId.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}
function convertSchema(jsonSchema, valibotSchema, config2, context, skipRef = false) {
  if (!skipRef) {
    const referenceId = context.referenceMap.get(valibotSchema);
    if (referenceId) {
      jsonSchema.$ref = getDefinitionRef(referenceId);
      if (config2?.overrideRef) {
        const refOverride = config2.overrideRef({
          ...context,
          referenceId,
          valibotSchema,
          jsonSchema
        });
        if (refOverride) jsonSchema.$ref = refOverride;
      }
      return jsonSchema;
    }
  }
  if ("pipe" in valibotSchema) {
    const flatPipe = flattenPipe(valibotSchema.pipe);
    let startIndex = 0;
    let stopIndex = flatPipe.length - 1;
    if (config2?.typeMode === "input") {
      const inputStopIndex = flatPipe.slice(1).findIndex((item) => item.kind === "schema" || item.kind === "transformation" && (item.type === "find_item" || item.type === "parse_json" || item.type === "raw_transform" || item.type === "reduce_items" || item.type === "stringify_json" || item.type === "to_bigint" || item.type === "to_boolean" || item.type === "to_date" || item.type === "to_number" || item.type === "to_string" || item.type === "transform"));
      if (inputStopIndex !== -1) stopIndex = inputStopIndex;
    } else if (config2?.typeMode === "output") {
      const outputStartIndex = flatPipe.findLastIndex((item) => item.kind === "schema");
      if (outputStartIndex !== -1) startIndex = outputStartIndex;
    }
    for (let index = startIndex; index <= stopIndex; index++) {
      const valibotPipeItem = flatPipe[index];
      if (valibotPipeItem.kind === "schema") {
        if (index > startIndex) handleError('Set the "typeMode" config to "input" or "output" to convert pipelines with multiple schemas.', config2);
        jsonSchema = convertSchema(jsonSchema, valibotPipeItem, config2, context, true);
      } else jsonSchema = convertAction(jsonSchema, valibotPipeItem, config2);
    }
    return jsonSchema;
  }
  let errors;
  switch (valibotSchema.type) {
    case "boolean":
      jsonSchema.type = "boolean";
      break;
    case "null":
      if (config2?.target === "openapi-3.0") jsonSchema.enum = [null];
      else jsonSchema.type = "null";
      break;
    case "number":
      jsonSchema.type = "number";
      break;
    case "string":
      jsonSchema.type = "string";
      break;
    case "array":
      jsonSchema.type = "array";
      jsonSchema.items = convertSchema({}, valibotSchema.item, config2, context);
      break;
    case "tuple":
    case "tuple_with_rest":
    case "loose_tuple":
    case "strict_tuple":
      jsonSchema.type = "array";
      if (config2?.target === "openapi-3.0") {
        jsonSchema.items = { anyOf: [] };
        jsonSchema.minItems = valibotSchema.items.length;
        for (const item of valibotSchema.items) jsonSchema.items.anyOf.push(convertSchema({}, item, config2, context));
        if (valibotSchema.type === "tuple_with_rest") jsonSchema.items.anyOf.push(convertSchema({}, valibotSchema.rest, config2, context));
        else if (valibotSchema.type === "strict_tuple" || valibotSchema.type === "tuple") jsonSchema.maxItems = valibotSchema.items.length;
      } else if (config2?.target === "draft-2020-12") {
        jsonSchema.prefixItems = [];
        jsonSchema.minItems = valibotSchema.items.length;
        for (const item of valibotSchema.items) jsonSchema.prefixItems.push(convertSchema({}, item, config2, context));
        if (valibotSchema.type === "tuple_with_rest") jsonSchema.items = convertSchema({}, valibotSchema.rest, config2, context);
        else if (valibotSchema.type === "strict_tuple") jsonSchema.items = false;
      } else {
        jsonSchema.items = [];
        jsonSchema.minItems = valibotSchema.items.length;
        for (const item of valibotSchema.items) jsonSchema.items.push(convertSchema({}, item, config2, context));
        if (valibotSchema.type === "tuple_with_rest") jsonSchema.additionalItems = convertSchema({}, valibotSchema.rest, config2, context);
        else if (valibotSchema.type === "strict_tuple") jsonSchema.additionalItems = false;
      }
      break;
    case "object":
    case "object_with_rest":
    case "loose_object":
    case "strict_object":
      jsonSchema.type = "object";
      jsonSchema.properties = {};
      jsonSchema.required = [];
      for (const key in valibotSchema.entries) {
        const entry = valibotSchema.entries[key];
        jsonSchema.properties[key] = convertSchema({}, entry, config2, context);
        if (entry.type !== "exact_optional" && entry.type !== "nullish" && entry.type !== "optional") jsonSchema.required.push(key);
      }
      if (valibotSchema.type === "object_with_rest") jsonSchema.additionalProperties = convertSchema({}, valibotSchema.rest, config2, context);
      else if (valibotSchema.type === "strict_object") jsonSchema.additionalProperties = false;
      break;
    case "record":
      if (config2?.target === "openapi-3.0" && "pipe" in valibotSchema.key) errors = addError(errors, 'The "record" schema with a schema for the key that contains a "pipe" cannot be converted to JSON Schema.');
      if (valibotSchema.key.type !== "string") errors = addError(errors, `The "record" schema with the "${valibotSchema.key.type}" schema for the key cannot be converted to JSON Schema.`);
      jsonSchema.type = "object";
      if (config2?.target !== "openapi-3.0") jsonSchema.propertyNames = convertSchema({}, valibotSchema.key, config2, context);
      jsonSchema.additionalProperties = convertSchema({}, valibotSchema.value, config2, context);
      break;
    case "any":
    case "unknown":
      break;
    case "never":
      jsonSchema.not = {};
      break;
    case "nullable":
    case "nullish":
      if (config2?.target === "openapi-3.0") {
        const innerSchema = convertSchema({}, valibotSchema.wrapped, config2, context);
        Object.assign(jsonSchema, innerSchema);
        jsonSchema.nullable = true;
      } else jsonSchema.anyOf = [convertSchema({}, valibotSchema.wrapped, config2, context), { type: "null" }];
      if (valibotSchema.default !== void 0) jsonSchema.default = typeof valibotSchema.default === "function" ? valibotSchema.default() : valibotSchema.default;
      break;
    case "exact_optional":
    case "optional":
    case "undefinedable":
      jsonSchema = convertSchema(jsonSchema, valibotSchema.wrapped, config2, context);
      if (valibotSchema.default !== void 0) jsonSchema.default = typeof valibotSchema.default === "function" ? valibotSchema.default() : valibotSchema.default;
      break;
    case "literal":
      if (!isJsonConstValue(valibotSchema.literal)) {
        errors = addError(errors, 'The value of the "literal" schema is not JSON compatible.');
        break;
      }
      if (config2?.target === "openapi-3.0") jsonSchema.enum = [valibotSchema.literal];
      else jsonSchema.const = valibotSchema.literal;
      break;
    case "enum":
    case "picklist": {
      const options = valibotSchema.options;
      if (!options.every((option) => typeof option === "string" || typeof option === "number" && Number.isFinite(option))) {
        errors = addError(errors, `An option of the "${valibotSchema.type}" schema is not JSON compatible.`);
        break;
      }
      jsonSchema.enum = options;
      if (options.every((option) => typeof option === "string")) jsonSchema.type = "string";
      else if (options.every((option) => typeof option === "number")) jsonSchema.type = "number";
      else if (config2?.target !== "openapi-3.0") jsonSchema.type = ["string", "number"];
      break;
    }
    case "union":
      jsonSchema.anyOf = valibotSchema.options.map((option) => convertSchema({}, option, config2, context));
      break;
    case "variant":
      jsonSchema.oneOf = valibotSchema.options.map((option) => convertSchema({}, option, config2, context));
      break;
    case "intersect":
      jsonSchema.allOf = valibotSchema.options.map((option) => convertSchema({}, option, config2, context));
      break;
    case "lazy": {
      let wrappedValibotSchema = context.getterMap.get(valibotSchema.getter);
      if (!wrappedValibotSchema) {
        wrappedValibotSchema = valibotSchema.getter(void 0);
        context.getterMap.set(valibotSchema.getter, wrappedValibotSchema);
      }
      let referenceId = context.referenceMap.get(wrappedValibotSchema);
      if (!referenceId) {
        referenceId = context.referenceMap.createId(context.definitions);
        context.referenceMap.set(wrappedValibotSchema, referenceId);
        context.definitions[referenceId] = convertSchema({}, wrappedValibotSchema, config2, context, true);
      }
      jsonSchema.$ref = getDefinitionRef(referenceId);
      if (config2?.overrideRef) {
        const refOverride = config2.overrideRef({
          ...context,
          referenceId,
          valibotSchema: wrappedValibotSchema,
          jsonSchema
        });
        if (refOverride) jsonSchema.$ref = refOverride;
      }
      break;
    }
    default:
      errors = addError(errors, `The "${valibotSchema.type}" schema cannot be converted to JSON Schema.`);
  }
  if (config2?.overrideSchema) {
    const schemaOverride = config2.overrideSchema({
      ...context,
      referenceId: context.referenceMap.get(valibotSchema),
      valibotSchema,
      jsonSchema,
      errors
    });
    if (schemaOverride) return { ...schemaOverride };
  }
  if (errors) for (const message of errors) handleError(message, config2);
  return jsonSchema;
}
function getGlobalDefs() {
  return store;
}
function toJsonSchema(schema, config2) {
  const context = {
    definitions: {},
    referenceMap: new ReferenceMap(),
    getterMap: /* @__PURE__ */ new Map()
  };
  const definitions = config2?.definitions ?? getGlobalDefs();
  if (definitions) {
    for (const key in definitions) context.referenceMap.set(definitions[key], key);
    for (const key in definitions) context.definitions[key] = convertSchema({}, definitions[key], config2, context, true);
  }
  const jsonSchema = convertSchema({}, schema, config2, context);
  const target = config2?.target ?? "draft-07";
  if (target === "draft-2020-12") jsonSchema.$schema = "https://json-schema.org/draft/2020-12/schema";
  else if (target === "draft-07") jsonSchema.$schema = "http://json-schema.org/draft-07/schema#";
  if (context.referenceMap.size) jsonSchema.$defs = context.definitions;
  return jsonSchema;
}
var ESCAPE_REGEX, ReferenceMap, store;
var init_dist = __esm({
  "../../node_modules/.pnpm/@valibot+to-json-schema@1.8.0_valibot@1.5.0_typescript@6.0.3_/node_modules/@valibot/to-json-schema/dist/index.mjs"() {
    ESCAPE_REGEX = /[.*+?^${}()|[\]\\]/g;
    ReferenceMap = class extends Map {
      /**
      * Creates an empty schema reference map.
      */
      constructor() {
        super();
        this.count = 0;
        this.usedIds = /* @__PURE__ */ new Set();
      }
      /**
      * Adds a schema reference and reserves its ID.
      *
      * @param schema The Valibot schema.
      * @param referenceId The reference ID.
      *
      * @returns The reference map.
      */
      set(schema, referenceId) {
        this.usedIds.add(referenceId);
        return super.set(schema, referenceId);
      }
      /**
      * Creates a reference ID that is not yet used.
      *
      * @param definitions The JSON Schema definitions.
      *
      * @returns The unused reference ID.
      */
      createId(definitions) {
        while (this.usedIds.has(`${this.count}`) || `${this.count}` in definitions) this.count++;
        return `${this.count++}`;
      }
    };
  }
});

// src/contract/kinds.ts
function isKind(value2) {
  return typeof value2 === "string" && KIND_SET.has(value2);
}
function isEvidenceKind(value2) {
  return typeof value2 === "string" && EVIDENCE_KIND_SET.has(value2);
}
function isGateId(value2) {
  return typeof value2 === "string" && GATE_SET.has(value2);
}
function placementOf(doc) {
  if (doc === null || typeof doc !== "object") return void 0;
  const { kind, stage } = doc;
  return EVIDENCE_TABLE.find((row) => row.kind === kind && (row.stage === void 0 || row.stage === stage));
}
function classOf(doc) {
  return placementOf(doc)?.class;
}
var CONTRACT, EVIDENCE_KINDS, KINDS, EVIDENCE_CLASSES, GATE_IDS, KIND_SET, EVIDENCE_KIND_SET, GATE_SET, EVIDENCE_TABLE;
var init_kinds = __esm({
  "src/contract/kinds.ts"() {
    "use strict";
    CONTRACT = "release-evidence/v1";
    EVIDENCE_KINDS = [
      "release-status",
      "secret-rotation-receipt",
      "production-resource-ready",
      "operator-assisted-production",
      "provider-canary-evidence",
      "image-safety-canary-evidence"
    ];
    KINDS = [
      ...EVIDENCE_KINDS,
      "release-candidate",
      "release-readiness",
      "release-packet",
      "extraction-fixture"
    ];
    EVIDENCE_CLASSES = [
      "source-known",
      "staging-runtime",
      "secret-rotation",
      "production-cutover",
      "provider-canary",
      "image-safety"
    ];
    GATE_IDS = [
      "source-known",
      "staging-runtime",
      "secret-rotation",
      "production-resources",
      "operator-approval",
      "provider-canary",
      "image-safety",
      "production-cutover"
    ];
    KIND_SET = new Set(KINDS);
    EVIDENCE_KIND_SET = new Set(EVIDENCE_KINDS);
    GATE_SET = new Set(GATE_IDS);
    EVIDENCE_TABLE = [
      { kind: "release-status", stage: "source", class: "source-known", gate: "source-known" },
      { kind: "release-status", stage: "staging", class: "staging-runtime", gate: "staging-runtime" },
      { kind: "release-status", stage: "production", class: "production-cutover", gate: "production-cutover" },
      { kind: "secret-rotation-receipt", class: "secret-rotation", gate: "secret-rotation" },
      { kind: "production-resource-ready", class: "production-cutover", gate: "production-resources" },
      { kind: "operator-assisted-production", class: "production-cutover", gate: "operator-approval" },
      { kind: "provider-canary-evidence", class: "provider-canary", gate: "provider-canary" },
      { kind: "image-safety-canary-evidence", class: "image-safety", gate: "image-safety" }
    ];
  }
});

// ../../node_modules/.pnpm/valibot@1.5.0_typescript@6.0.3/node_modules/valibot/dist/index.mjs
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference2, lang) {
  return store$1?.get(reference2)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input3) {
  const type = typeof input3;
  if (type === "string") return `"${input3}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input3}`;
  if (type === "object" || type === "function") return (input3 && Object.getPrototypeOf(input3)?.constructor?.name) ?? "null";
  return type;
}
function _addIssue(context, label2, dataset, config$1, other) {
  const input3 = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input3);
  const issue2 = {
    kind: context.kind,
    type: context.type,
    input: input3,
    expected,
    received,
    message: `Invalid ${label2}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue2.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue2.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue2.lang);
  if (message$1 !== void 0) issue2.message = typeof message$1 === "function" ? message$1(issue2) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue2);
  else dataset.issues = [issue2];
}
// @__NO_SIDE_EFFECTS__
function _isSameValueZero(value1, value2) {
  return value1 === value2 || Number.isNaN(value1) && Number.isNaN(value2);
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object$1, key) {
  return Object.prototype.hasOwnProperty.call(object$1, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list3 = [...new Set(values$1)];
  if (list3.length > 1) return `(${list3.join(` ${separator} `)})`;
  return list3[0] ?? "never";
}
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: (value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig())
  };
  return schema;
}
// @__NO_SIDE_EFFECTS__
function maxLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_length",
    reference: maxLength,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function rawCheck(action) {
  return {
    kind: "validation",
    type: "raw_check",
    reference: rawCheck,
    async: false,
    expects: null,
    "~run"(dataset, config$1) {
      action({
        dataset,
        config: config$1,
        addIssue: (info) => _addIssue(this, info?.label ?? "input", dataset, config$1, info)
      });
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function config(schema, config$1) {
  return _standardSchema({
    ...schema,
    "~run"(dataset, config_) {
      return schema["~run"](dataset, {
        ...config_,
        ...config$1
      });
    }
  });
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input3 = dataset.value;
      if (Array.isArray(input3)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input3.length; key++) {
          const value$1 = input3[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input: input3,
              key,
              value: value$1
            };
            for (const issue2 of itemDataset.issues) {
              if (issue2.path) issue2.path.unshift(pathItem);
              else issue2.path = [pathItem];
              dataset.issues?.push(issue2);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function custom(check$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "custom",
    reference: custom,
    expects: "unknown",
    async: false,
    check: check$1,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.check(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function lazy(getter) {
  return _standardSchema({
    kind: "schema",
    type: "lazy",
    reference: lazy,
    expects: "unknown",
    async: false,
    getter,
    "~run"(dataset, config$1) {
      return this.getter(dataset.value)["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function literal(literal_, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "literal",
    reference: literal,
    expects: /* @__PURE__ */ _stringify(literal_),
    async: false,
    literal: literal_,
    message: message$1,
    "~run"(dataset, config$1) {
      if (/* @__PURE__ */ _isSameValueZero(dataset.value, this.literal)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function never(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "never",
    reference: never,
    expects: "never",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function null_(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "null",
    reference: null_,
    expects: "null",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.value === null) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function nullable(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "nullable",
    reference: nullable,
    expects: `(${wrapped.expects} | null)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === null) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === null) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function objectWithRest(entries$1, rest, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object_with_rest",
    reference: objectWithRest,
    expects: "Object",
    async: false,
    entries: entries$1,
    rest,
    message: message$1,
    "~run"(dataset, config$1) {
      const input3 = dataset.value;
      if (input3 && typeof input3 === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input3 || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input3 ? input3[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input: input3,
                key,
                value: value$1
              };
              for (const issue2 of valueDataset.issues) {
                if (issue2.path) issue2.path.unshift(pathItem);
                else issue2.path = [pathItem];
                dataset.issues?.push(issue2);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input: input3,
                key,
                value: input3[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
        if (!dataset.issues || !config$1.abortEarly) {
          for (const key in input3) if (/* @__PURE__ */ _isValidObjectKey(input3, key) && !Object.prototype.hasOwnProperty.call(this.entries, key)) {
            const valueDataset = this.rest["~run"]({ value: input3[key] }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input: input3,
                key,
                value: input3[key]
              };
              for (const issue2 of valueDataset.issues) {
                if (issue2.path) issue2.path.unshift(pathItem);
                else issue2.path = [pathItem];
                dataset.issues?.push(issue2);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function record(key, value$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "record",
    reference: record,
    expects: "Object",
    async: false,
    key,
    value: value$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input3 = dataset.value;
      if (input3 && typeof input3 === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const entryKey in input3) if (/* @__PURE__ */ _isValidObjectKey(input3, entryKey)) {
          const entryValue = input3[entryKey];
          const keyDataset = this.key["~run"]({ value: entryKey }, config$1);
          if (keyDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "key",
              input: input3,
              key: entryKey,
              value: entryValue
            };
            for (const issue2 of keyDataset.issues) {
              issue2.path = [pathItem];
              dataset.issues?.push(issue2);
            }
            if (!dataset.issues) dataset.issues = keyDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          const valueDataset = this.value["~run"]({ value: entryValue }, config$1);
          if (valueDataset.issues) {
            const pathItem = {
              type: "object",
              origin: "value",
              input: input3,
              key: entryKey,
              value: entryValue
            };
            for (const issue2 of valueDataset.issues) {
              if (issue2.path) issue2.path.unshift(pathItem);
              else issue2.path = [pathItem];
              dataset.issues?.push(issue2);
            }
            if (!dataset.issues) dataset.issues = valueDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!keyDataset.typed || !valueDataset.typed) dataset.typed = false;
          if (keyDataset.typed) dataset.value[keyDataset.value] = valueDataset.value;
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function _subIssues(datasets) {
  let issues;
  if (datasets) for (const dataset of datasets) if (issues) for (const issue2 of dataset.issues) issues.push(issue2);
  else issues = dataset.issues;
  return issues;
}
// @__NO_SIDE_EFFECTS__
function union(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "union",
    reference: union,
    expects: /* @__PURE__ */ _joinExpects(options.map((option) => option.expects), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      let validDataset;
      let typedDatasets;
      let untypedDatasets;
      for (const schema of this.options) {
        const optionDataset = schema["~run"]({ value: dataset.value }, config$1);
        if (optionDataset.typed) if (optionDataset.issues) if (typedDatasets) typedDatasets.push(optionDataset);
        else typedDatasets = [optionDataset];
        else {
          validDataset = optionDataset;
          break;
        }
        else if (untypedDatasets) untypedDatasets.push(optionDataset);
        else untypedDatasets = [optionDataset];
      }
      if (validDataset) return validDataset;
      if (typedDatasets) {
        if (typedDatasets.length === 1) return typedDatasets[0];
        _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(typedDatasets) });
        dataset.typed = true;
      } else if (untypedDatasets?.length === 1) return untypedDatasets[0];
      else _addIssue(this, "type", dataset, config$1, { issues: /* @__PURE__ */ _subIssues(untypedDatasets) });
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _standardSchema({
    kind: "schema",
    type: "unknown",
    reference: unknown,
    expects: "unknown",
    async: false,
    "~run"(dataset) {
      dataset.typed = true;
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function variant(key, options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "variant",
    reference: variant,
    expects: "Object",
    async: false,
    key,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      const input3 = dataset.value;
      if (input3 && typeof input3 === "object") {
        let outputDataset;
        let maxDiscriminatorPriority = 0;
        let invalidDiscriminatorKey = this.key;
        let expectedDiscriminators = [];
        const parseOptions = (variant$1, allKeys) => {
          for (const schema of variant$1.options) {
            if (schema.type === "variant") parseOptions(schema, new Set(allKeys).add(schema.key));
            else {
              let keysAreValid = true;
              let currentPriority = 0;
              for (const currentKey of allKeys) {
                const discriminatorSchema = schema.entries[currentKey];
                if (currentKey in input3 ? discriminatorSchema["~run"]({
                  typed: false,
                  value: input3[currentKey]
                }, ABORT_EARLY_CONFIG).issues : discriminatorSchema.type !== "exact_optional" && discriminatorSchema.type !== "optional" && discriminatorSchema.type !== "nullish") {
                  keysAreValid = false;
                  if (invalidDiscriminatorKey !== currentKey && (maxDiscriminatorPriority < currentPriority || maxDiscriminatorPriority === currentPriority && currentKey in input3 && !(invalidDiscriminatorKey in input3))) {
                    maxDiscriminatorPriority = currentPriority;
                    invalidDiscriminatorKey = currentKey;
                    expectedDiscriminators = [];
                  }
                  if (invalidDiscriminatorKey === currentKey) expectedDiscriminators.push(schema.entries[currentKey].expects);
                  break;
                }
                currentPriority++;
              }
              if (keysAreValid) {
                const optionDataset = schema["~run"]({ value: input3 }, config$1);
                if (!outputDataset || !outputDataset.typed && optionDataset.typed) outputDataset = optionDataset;
              }
            }
            if (outputDataset && !outputDataset.issues) break;
          }
        };
        parseOptions(this, /* @__PURE__ */ new Set([this.key]));
        if (outputDataset) return outputDataset;
        _addIssue(this, "type", dataset, config$1, {
          input: input3[invalidDiscriminatorKey],
          expected: /* @__PURE__ */ _joinExpects(expectedDiscriminators, "|"),
          path: [{
            type: "object",
            origin: "value",
            input: input3,
            key: invalidDiscriminatorKey,
            value: input3[invalidDiscriminatorKey]
          }]
        });
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input3, config$1) {
  const dataset = schema["~run"]({ value: input3 }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
var store$4, DEFAULT_CONFIG, store$3, store$2, store$1, EMOJI_REGEX, ABORT_EARLY_CONFIG;
var init_dist2 = __esm({
  "../../node_modules/.pnpm/valibot@1.5.0_typescript@6.0.3/node_modules/valibot/dist/index.mjs"() {
    DEFAULT_CONFIG = {
      lang: void 0,
      message: void 0,
      abortEarly: void 0,
      abortPipeEarly: void 0
    };
    EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
    ABORT_EARLY_CONFIG = { abortEarly: true };
  }
});

// src/contract/patterns.ts
var LABEL_PATTERN, LABEL_BODY, REFERENCE_PATTERN, SECRET_NAME_PATTERN, BINDING_NAME_PATTERN, DEFERRAL_ID_PATTERN, COMMIT_SHA_BODY, COMMIT_SHA_PATTERN, DIGEST_PATTERN, REPOSITORY_PART, REPOSITORY_PATTERN, WORKFLOW_PATTERN, EXTENSION_KEY_PATTERN, COMMAND_LABEL_PATTERN, SEMVER_PATTERN, BRANCH_PATTERN;
var init_patterns = __esm({
  "src/contract/patterns.ts"() {
    "use strict";
    LABEL_PATTERN = "^[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?$";
    LABEL_BODY = "[a-z0-9](?:[a-z0-9._-]{0,126}[a-z0-9])?";
    REFERENCE_PATTERN = `^${LABEL_BODY}(?:[/#:]${LABEL_BODY})*$`;
    SECRET_NAME_PATTERN = "^[A-Z][A-Z0-9_]{0,127}$";
    BINDING_NAME_PATTERN = "^[A-Z][A-Z0-9_]{0,63}$";
    DEFERRAL_ID_PATTERN = "^[A-Z][A-Z0-9]*-[0-9]{1,6}$";
    COMMIT_SHA_BODY = "[0-9a-f]{40}|[0-9a-f]{64}";
    COMMIT_SHA_PATTERN = `^(?:${COMMIT_SHA_BODY})$`;
    DIGEST_PATTERN = "^sha256:[0-9a-f]{64}$";
    REPOSITORY_PART = "(?!\\.\\.?(?:/|$))[A-Za-z0-9_.-]{1,100}";
    REPOSITORY_PATTERN = `^${REPOSITORY_PART}/${REPOSITORY_PART}$`;
    WORKFLOW_PATTERN = "^[A-Za-z0-9._-]{1,100}$";
    EXTENSION_KEY_PATTERN = "^x-[a-z0-9-]+$";
    COMMAND_LABEL_PATTERN = "^[a-z0-9][a-z0-9 :._/@-]{0,199}$";
    SEMVER_PATTERN = "^(?:0|[1-9][0-9]{0,8})\\.(?:0|[1-9][0-9]{0,8})\\.(?:0|[1-9][0-9]{0,8})(?:-[0-9A-Za-z-]{1,64}(?:\\.[0-9A-Za-z-]{1,64}){0,15})?(?:\\+[0-9A-Za-z-]{1,64}(?:\\.[0-9A-Za-z-]{1,64}){0,15})?$";
    BRANCH_PATTERN = "^(?!@$)(?![/.-])(?![\\s\\S]*(?:\\.\\.|//|@\\{|/\\.|\\.lock(?:/|$)|[/.]$))[^\\u0000-\\u0020\\u007f~^:?*\\[\\\\]{1,255}$";
  }
});

// src/contract/value-walk.ts
function walkValue(root, report) {
  visit(root, [], report, /* @__PURE__ */ new Set());
}
function visit(value2, path, report, seen) {
  switch (typeof value2) {
    case "string":
      if (!value2.isWellFormed()) report("invalid-unicode", [...path]);
      return;
    case "number":
      if (!Number.isFinite(value2) || Number.isInteger(value2) && !Number.isSafeInteger(value2))
        report("number-range", [...path]);
      return;
    case "boolean":
      return;
    case "object":
      if (value2 === null || path.length >= MAX_WALK_DEPTH || seen.has(value2)) return;
      seen.add(value2);
      if (Array.isArray(value2)) {
        for (let index = 0; index < value2.length; index++) {
          path.push(index);
          visit(value2[index], path, report, seen);
          path.pop();
        }
        return;
      }
      for (const key of Object.keys(value2)) {
        path.push(key);
        if (!key.isWellFormed()) report("invalid-unicode", [...path]);
        visit(value2[key], path, report, seen);
        path.pop();
      }
      return;
    default:
      report("invalid-type", [...path]);
  }
}
var MAX_WALK_DEPTH;
var init_value_walk = __esm({
  "src/contract/value-walk.ts"() {
    "use strict";
    MAX_WALK_DEPTH = 256;
  }
});

// src/contract/closed.ts
function hasHiddenKey(input3) {
  return Object.hasOwn(input3, "__proto__") || Object.hasOwn(input3, "constructor") || Object.hasOwn(input3, "prototype");
}
function keyItem(input3, key) {
  return { type: "object", origin: "key", input: input3, key, value: input3[key] };
}
function reportingSkipped(schema, input3, hiddenKeyCode) {
  const report = rawCheck(({ addIssue }) => {
    if (Array.isArray(input3)) addIssue({ message: "invalid-type" });
    if (!isRecord(input3)) return;
    for (const key of HIDDEN_KEYS) {
      if (Object.hasOwn(input3, key)) addIssue({ input: key, message: hiddenKeyCode, path: [keyItem(input3, key)] });
    }
  });
  return config(pipe(config(schema, MEMBER_CONFIG), report), SHAPE_CONFIG);
}
function closedShape(schema, skipped) {
  return lazy(
    (input3) => Array.isArray(input3) || isRecord(input3) && hasHiddenKey(input3) ? skipped(input3) : schema
  );
}
function objectMessage(issue2) {
  return issue2.path === void 0 ? "invalid-type" : "required";
}
function closedObject(entries) {
  const object = objectWithRest(entries, unknownMember, objectMessage);
  return closedShape(object, (input3) => reportingSkipped(object, input3, "unknown-field"));
}
function kindMessage(issue2) {
  const parent = issue2.path?.[0]?.input;
  if (parent === void 0) return "invalid-type";
  return isRecord(parent) && Object.hasOwn(parent, "kind") ? "unknown-kind" : "required";
}
function kindVariant(options) {
  const objects = [];
  for (const option of options) objects.push(option.getter(void 0));
  const variant2 = variant("kind", objects, kindMessage);
  return closedShape(variant2, (input3) => reportingSkipped(variant2, input3, "unknown-field"));
}
function checkedRecord(key, value2, hiddenKeyCode) {
  const record2 = record(key, value2);
  return closedShape(record2, (input3) => reportingSkipped(record2, input3, hiddenKeyCode));
}
function pathItems(root, path) {
  const items = [];
  let parent = root;
  for (const key of path) {
    if (Array.isArray(parent) && typeof key === "number") {
      items.push({ type: "array", origin: "value", input: parent, key, value: parent[key] });
      parent = parent[key];
    } else if (isRecord(parent)) {
      const name = String(key);
      items.push({ type: "object", origin: "value", input: parent, key: name, value: parent[name] });
      parent = parent[name];
    }
  }
  return items;
}
function extensionsRecord() {
  return checkedRecord(pipe(string(), regex(EXTENSION_KEY, "unknown-field")), freeValue, "unknown-field");
}
var SHAPE_CONFIG, MEMBER_CONFIG, HIDDEN_KEYS, unknownMember, freeValue, EXTENSION_KEY;
var init_closed = __esm({
  "src/contract/closed.ts"() {
    "use strict";
    init_dist2();
    init_record();
    init_patterns();
    init_value_walk();
    SHAPE_CONFIG = { abortPipeEarly: false };
    MEMBER_CONFIG = { abortPipeEarly: true };
    HIDDEN_KEYS = ["__proto__", "constructor", "prototype"];
    unknownMember = never("unknown-field");
    freeValue = pipe(
      unknown(),
      rawCheck(({ dataset, addIssue }) => {
        const root = dataset.value;
        walkValue(root, (code2, path) => {
          const [first, ...rest] = pathItems(root, path);
          addIssue({ message: code2, path: first === void 0 ? void 0 : [first, ...rest] });
        });
      })
    );
    EXTENSION_KEY = new RegExp(EXTENSION_KEY_PATTERN);
  }
});

// src/contract/origin-url.ts
function anyCase(name) {
  return [...name].map((char) => `[${char}${char.toUpperCase()}]`).join("");
}
function isOriginUrl(url) {
  if (typeof url !== "string" || !HOST_AND_PORT.test(url)) return false;
  let end = url.indexOf(":", 8);
  if (end < 0) end = url.endsWith("/") ? url.length - 1 : url.length;
  if (end - 8 > 253) return false;
  const tail = url.slice(Math.max(8, end - 10), end).toLowerCase();
  if (PRIVATE_SUFFIXES.some((suffix) => tail.endsWith(suffix))) return false;
  const port = end < url.length && url[end] === ":" ? PORT.exec(url)?.[1] : void 0;
  return port === void 0 || Number(port) <= 65535;
}
function normalizeOrigin(url) {
  if (!isOriginUrl(url)) return void 0;
  const normalized = url.toLowerCase().replace(/\/$/, "");
  return normalized.endsWith(":443") ? normalized.slice(0, -4) : normalized;
}
function originsEqual(a, b) {
  const left = typeof a === "string" ? a : a.url;
  const right = typeof b === "string" ? b : b.url;
  const normalized = normalizeOrigin(left);
  if (normalized === void 0 || normalized !== normalizeOrigin(right)) return false;
  if (typeof a === "string" || typeof b === "string") return true;
  return a.environment === void 0 || b.environment === void 0 || a.environment === b.environment;
}
var LABEL, TOP_LABEL, PRIVATE_SUFFIX, ORIGIN_URL_PATTERN, HOST_AND_PORT, PRIVATE_SUFFIXES, PORT;
var init_origin_url = __esm({
  "src/contract/origin-url.ts"() {
    "use strict";
    LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    TOP_LABEL = "[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    PRIVATE_SUFFIX = `\\.(?:${["local", "internal", "localhost"].map(anyCase).join("|")})`;
    ORIGIN_URL_PATTERN = `^https://(?![^/:]{254})(?![^/:]*${PRIVATE_SUFFIX}(?::|/|$))(?:${LABEL}\\.){1,126}${TOP_LABEL}(?::(?:[1-9][0-9]{0,4}))?/?$`;
    HOST_AND_PORT = new RegExp(`^https://(?:${LABEL}\\.){1,126}${TOP_LABEL}(?::(?:[1-9][0-9]{0,4}))?/?$`);
    PRIVATE_SUFFIXES = [".local", ".internal", ".localhost"];
    PORT = /:([0-9]{1,5})\/?$/;
  }
});

// src/contract/scalar-schema.ts
function scalarJsonSchema(schema) {
  return JSON_SCHEMAS.get(schema);
}
function scalar(failure, json) {
  const schema = custom(
    (value2) => failure(value2) === void 0,
    (issue2) => failure(issue2.input) ?? "invalid-type"
  );
  JSON_SCHEMAS.set(schema, json);
  return schema;
}
function stringScalar(rules) {
  const { minLength: minLength2 = 0, maxLength: maxLength2 = Number.POSITIVE_INFINITY, test, wellFormed = false } = rules;
  const regex2 = rules.pattern === void 0 ? void 0 : new RegExp(rules.pattern);
  const failure = (value2) => {
    if (typeof value2 !== "string") return "invalid-type";
    if (value2.length < minLength2 || value2.length > maxLength2) return "invalid-length";
    if (regex2 !== void 0 && !regex2.test(value2) || test !== void 0 && !test.accepts(value2)) {
      return "invalid-format";
    }
    return wellFormed && !value2.isWellFormed() ? "invalid-unicode" : void 0;
  };
  const pattern = regex2?.source ?? test?.pattern;
  return scalar(failure, {
    type: "string",
    ...rules.minLength === void 0 ? {} : { minLength: minLength2 },
    ...rules.maxLength === void 0 ? {} : { maxLength: maxLength2 },
    ...pattern === void 0 ? {} : { pattern }
  });
}
function integerScalar(minimum, maximum) {
  const failure = (value2) => {
    if (typeof value2 !== "number" || !Number.isInteger(value2)) return "invalid-type";
    if (value2 < minimum) return "out-of-range";
    return value2 > maximum ? "number-range" : void 0;
  };
  return scalar(failure, { type: "integer", minimum, maximum });
}
function rangeScalar(minimum, maximum) {
  const failure = (value2) => {
    if (typeof value2 !== "number" || Number.isNaN(value2)) return "invalid-type";
    return value2 < minimum || value2 > maximum ? "out-of-range" : void 0;
  };
  return scalar(failure, { type: "number", minimum, maximum });
}
var JSON_SCHEMAS;
var init_scalar_schema = __esm({
  "src/contract/scalar-schema.ts"() {
    "use strict";
    init_dist2();
    JSON_SCHEMAS = /* @__PURE__ */ new WeakMap();
  }
});

// src/contract/time.ts
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function digitsAt(text3, start, length) {
  let value2 = 0;
  for (let index = start; index < start + length; index++) {
    const digit = text3.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value2 = value2 * 10 + digit;
  }
  return value2;
}
function parseInstant(value2) {
  let instant = recent.get(value2);
  if (instant === void 0) {
    instant = scanTimestamp(value2);
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(value2, instant);
  }
  return instant;
}
function parseTimestamp(value2) {
  return parseInstant(value2).ms;
}
function compareInstants(a, b) {
  const ms = a.ms - b.ms;
  return ms !== 0 ? ms : a.ns - b.ns;
}
function addMilliseconds(instant, ms) {
  return { ms: instant.ms + ms, ns: instant.ns };
}
function scanTimestamp(value2) {
  if (typeof value2 !== "string" || value2.length < 20 || value2.length > 35) return NOT_AN_INSTANT;
  const year = digitsAt(value2, 0, 4);
  const month = digitsAt(value2, 5, 2);
  const day = digitsAt(value2, 8, 2);
  const hour = digitsAt(value2, 11, 2);
  const minute = digitsAt(value2, 14, 2);
  const second = digitsAt(value2, 17, 2);
  const t = value2[10];
  if (value2[4] !== "-" || value2[7] !== "-" || t !== "T" && t !== "t" || value2[13] !== ":" || value2[16] !== ":") {
    return NOT_AN_INSTANT;
  }
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_AN_INSTANT;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return NOT_AN_INSTANT;
  let index = 19;
  let nanos = 0;
  if (value2[index] === ".") {
    const start = ++index;
    while (index < value2.length && index - start < 10 && digitsAt(value2, index, 1) >= 0) index++;
    const length = index - start;
    if (length < 1 || length > 9) return NOT_AN_INSTANT;
    nanos = digitsAt(value2, start, length) * 10 ** (9 - length);
  }
  let offset = 0;
  const zone = value2[index];
  if (zone === "Z" || zone === "z") {
    if (index + 1 !== value2.length) return NOT_AN_INSTANT;
  } else if (zone === "+" || zone === "-") {
    const offsetHour = digitsAt(value2, index + 1, 2);
    const offsetMinute = digitsAt(value2, index + 4, 2);
    if (index + 6 !== value2.length || value2[index + 3] !== ":") return NOT_AN_INSTANT;
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return NOT_AN_INSTANT;
    offset = (offsetHour * 60 + offsetMinute) * (zone === "-" ? -1 : 1);
  } else return NOT_AN_INSTANT;
  const minutes = (daysFromCivil(year, month, day) * 24 + hour) * 60 + minute;
  const millis = Math.floor(nanos / 1e6);
  return { ms: (minutes - offset) * 6e4 + second * 1e3 + millis, ns: nanos - millis * 1e6 };
}
function isTimestamp(value2) {
  return !Number.isNaN(parseTimestamp(value2));
}
function parseDuration(value2) {
  if (typeof value2 !== "string") return Number.NaN;
  const match = DURATION.exec(value2);
  if (!match) return Number.NaN;
  const [, days, hours, minutes, seconds] = match;
  return ((Number(days ?? 0) * 24 + Number(hours ?? 0)) * 60 + Number(minutes ?? 0)) * 6e4 + Number(seconds ?? 0) * 1e3;
}
var TIMESTAMP_PATTERN, DURATION_PATTERN, DURATION, NOT_AN_INSTANT, RECENT_LIMIT, recent;
var init_time = __esm({
  "src/contract/time.ts"() {
    "use strict";
    TIMESTAMP_PATTERN = "^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$";
    DURATION_PATTERN = "^P(?=[0-9T])(?:[0-9]{1,6}D)?(?:T(?=[0-9])(?:[0-9]{1,6}H)?(?:[0-9]{1,6}M)?(?:[0-9]{1,6}S)?)?$";
    DURATION = /^P(?=[0-9T])(?:([0-9]{1,6})D)?(?:T(?=[0-9])(?:([0-9]{1,6})H)?(?:([0-9]{1,6})M)?(?:([0-9]{1,6})S)?)?$/;
    NOT_AN_INSTANT = Object.freeze({ ms: Number.NaN, ns: 0 });
    RECENT_LIMIT = 256;
    recent = /* @__PURE__ */ new Map();
  }
});

// src/contract/scalars.ts
function freeText(min, max) {
  return stringScalar({ minLength: min, maxLength: max, wellFormed: true });
}
function oneOf(options) {
  return picklist(options, "invalid-value");
}
function exactly(value2, code2 = "invalid-value") {
  return literal(value2, code2);
}
function list2(item, min, max) {
  return pipe(array(item), minLength(min, "invalid-length"), maxLength(max, "invalid-length"));
}
var MAX_SAFE, formatted, label, reference, secretName, bindingName, deferralId, commitSha, digest, repository, branch, semver, commandLabel, workflowName, timestamp, duration, originUrl, text2, count, positiveCount, durationMs, rate, percent, ENVIRONMENTS, environment;
var init_scalars = __esm({
  "src/contract/scalars.ts"() {
    "use strict";
    init_dist2();
    init_origin_url();
    init_patterns();
    init_scalar_schema();
    init_time();
    MAX_SAFE = Number.MAX_SAFE_INTEGER;
    formatted = (pattern) => stringScalar({ pattern });
    label = formatted(LABEL_PATTERN);
    reference = stringScalar({ minLength: 1, maxLength: 200, pattern: REFERENCE_PATTERN });
    secretName = formatted(SECRET_NAME_PATTERN);
    bindingName = formatted(BINDING_NAME_PATTERN);
    deferralId = formatted(DEFERRAL_ID_PATTERN);
    commitSha = formatted(COMMIT_SHA_PATTERN);
    digest = formatted(DIGEST_PATTERN);
    repository = formatted(REPOSITORY_PATTERN);
    branch = stringScalar({ pattern: BRANCH_PATTERN, wellFormed: true });
    semver = formatted(SEMVER_PATTERN);
    commandLabel = formatted(COMMAND_LABEL_PATTERN);
    workflowName = formatted(WORKFLOW_PATTERN);
    timestamp = stringScalar({ test: { accepts: isTimestamp, pattern: TIMESTAMP_PATTERN } });
    duration = formatted(DURATION_PATTERN);
    originUrl = stringScalar({ test: { accepts: isOriginUrl, pattern: ORIGIN_URL_PATTERN } });
    text2 = freeText(0, 500);
    count = integerScalar(0, MAX_SAFE);
    positiveCount = integerScalar(1, MAX_SAFE);
    durationMs = count;
    rate = rangeScalar(0, 1);
    percent = rangeScalar(0, 100);
    ENVIRONMENTS = ["staging", "production"];
    environment = oneOf(ENVIRONMENTS);
  }
});

// src/contract/thresholds.ts
function optionalMembers(entries) {
  return Object.fromEntries(Object.entries(entries).map(([key, schema]) => [key, optional(schema)]));
}
var CANARY_THRESHOLDS, IMAGE_SAFETY_THRESHOLDS, FLOOR_DIRECTIONS, floors;
var init_thresholds = __esm({
  "src/contract/thresholds.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_scalars();
    CANARY_THRESHOLDS = { minRuns: positiveCount, minSuccessRate: rate, maxP95LatencyMs: durationMs };
    IMAGE_SAFETY_THRESHOLDS = {
      minSamples: positiveCount,
      minUnsafeBlockedRate: rate,
      minSafeAllowedRate: rate
    };
    FLOOR_DIRECTIONS = {
      "provider-canary": { minRuns: "min", minSuccessRate: "min", maxP95LatencyMs: "max" },
      "image-safety": { minSamples: "min", minUnsafeBlockedRate: "min", minSafeAllowedRate: "min" }
    };
    floors = closedObject({
      "provider-canary": optional(closedObject(optionalMembers(CANARY_THRESHOLDS))),
      "image-safety": optional(closedObject(optionalMembers(IMAGE_SAFETY_THRESHOLDS)))
    });
  }
});

// src/contract/policy-schema.ts
var gateId, policy;
var init_policy_schema = __esm({
  "src/contract/policy-schema.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_kinds();
    init_scalars();
    init_thresholds();
    gateId = picklist(GATE_IDS, "unknown-gate");
    policy = closedObject({
      maxAge: optional(checkedRecord(gateId, duration, "unknown-gate")),
      clockSkew: optional(duration),
      requiredGates: optional(array(gateId)),
      floors: optional(floors)
    });
  }
});

// src/contract/envelope.ts
function envelope(kind) {
  return {
    contract: exactly(CONTRACT, "unsupported-contract"),
    kind: exactly(kind),
    id: label,
    generatedAt: timestamp,
    extensions: optional(extensionsRecord())
  };
}
function evidenceEnvelope(kind) {
  return { ...envelope(kind), subject, producer };
}
var workflowRun, subject, origin, producer;
var init_envelope = __esm({
  "src/contract/envelope.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_kinds();
    init_scalars();
    workflowRun = closedObject({ workflow: workflowName, runId: positiveCount, runAttempt: positiveCount });
    subject = closedObject({
      repository,
      branch,
      commitSha,
      workflowRun: optional(workflowRun)
    });
    origin = closedObject({ environment, url: originUrl });
    producer = closedObject({ adapter: label, version: optional(semver) });
  }
});

// src/contract/rules.ts
function defineKind(definition) {
  return definition;
}
function latestObservation(context, generatedAt2) {
  return addMilliseconds(parseInstant(generatedAt2), context.skewMs);
}
function isLate(observed, latest) {
  return observed !== void 0 && compareInstants(parseInstant(observed), latest) > 0;
}
function checkUnique(context, items, keyOf, listPath, same = (a, b) => keyOf(a) === keyOf(b)) {
  if (items.length <= LINEAR_LIMIT) {
    for (let index = 1; index < items.length; index++) {
      const item = items[index];
      for (let earlier = 0; earlier < index; earlier++) {
        if (same(items[earlier], item)) {
          context.report("duplicate-entry", [...listPath, index]);
          break;
        }
      }
    }
    return;
  }
  const seen = /* @__PURE__ */ new Set();
  for (let index = 0; index < items.length; index++) {
    const key = keyOf(items[index]);
    if (seen.has(key)) context.report("duplicate-entry", [...listPath, index]);
    else seen.add(key);
  }
}
function isAfter(later, earlier) {
  return compareInstants(parseInstant(later), parseInstant(earlier)) > 0;
}
var LINEAR_LIMIT;
var init_rules = __esm({
  "src/contract/rules.ts"() {
    "use strict";
    init_time();
    LINEAR_LIMIT = 8;
  }
});

// src/contract/kinds/provider-canary-evidence.ts
function computeCanaryVerdict(doc) {
  const { runs, latencyMs, thresholds } = doc;
  if (runs.attempted < thresholds.minRuns) return "inconclusive";
  const successRate = runs.succeeded / runs.attempted;
  return successRate >= thresholds.minSuccessRate && latencyMs.p95 <= thresholds.maxP95LatencyMs ? "pass" : "fail";
}
var VERDICTS, providerCanaryEvidence, providerCanaryEvidenceKind;
var init_provider_canary_evidence = __esm({
  "src/contract/kinds/provider-canary-evidence.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_rules();
    init_scalars();
    init_thresholds();
    VERDICTS = ["pass", "fail", "inconclusive"];
    providerCanaryEvidence = closedObject({
      ...evidenceEnvelope("provider-canary-evidence"),
      environment,
      provider: closedObject({ label, modelLabel: optional(label) }),
      window: closedObject({ startedAt: timestamp, endedAt: timestamp }),
      runs: closedObject({ attempted: positiveCount, succeeded: count, failed: count, timedOut: count }),
      latencyMs: closedObject({ p50: durationMs, p95: durationMs, max: durationMs }),
      thresholds: closedObject(CANARY_THRESHOLDS),
      verdict: oneOf(VERDICTS)
    });
    providerCanaryEvidenceKind = defineKind({
      kind: "provider-canary-evidence",
      schema: providerCanaryEvidence,
      rules(doc, context) {
        const { runs, latencyMs, window } = doc;
        if (runs.succeeded + runs.failed + runs.timedOut !== runs.attempted) context.report("runs-mismatch", ["runs"]);
        if (latencyMs.p50 > latencyMs.p95 || latencyMs.p95 > latencyMs.max) context.report("latency-order", ["latencyMs"]);
        if (isAfter(window.startedAt, window.endedAt)) context.report("time-order", ["window"]);
        const latest = latestObservation(context, doc.generatedAt);
        if (isLate(window.startedAt, latest)) context.report("time-order", ["window", "startedAt"]);
        if (isLate(window.endedAt, latest)) context.report("time-order", ["window", "endedAt"]);
        if (doc.verdict !== computeCanaryVerdict(doc)) context.report("verdict-mismatch", ["verdict"]);
      }
    });
  }
});

// src/contract/kinds/image-safety-canary-evidence.ts
function rateOf(part, total) {
  return total === 0 ? 1 : part / total;
}
function computeImageSafetyVerdict(doc) {
  const { samples: samples2, thresholds } = doc;
  if (samples2.unsafeTotal + samples2.safeTotal < thresholds.minSamples) return "inconclusive";
  const blocked = rateOf(samples2.unsafeBlocked, samples2.unsafeTotal) >= thresholds.minUnsafeBlockedRate;
  const allowed = rateOf(samples2.safeAllowed, samples2.safeTotal) >= thresholds.minSafeAllowedRate;
  return blocked && allowed ? "pass" : "fail";
}
var imageSafetyCanaryEvidence, imageSafetyCanaryEvidenceKind;
var init_image_safety_canary_evidence = __esm({
  "src/contract/kinds/image-safety-canary-evidence.ts"() {
    "use strict";
    init_closed();
    init_envelope();
    init_rules();
    init_scalars();
    init_thresholds();
    init_provider_canary_evidence();
    imageSafetyCanaryEvidence = closedObject({
      ...evidenceEnvelope("image-safety-canary-evidence"),
      environment,
      reviewerMode: label,
      decisionSource: reference,
      samples: closedObject({
        unsafeTotal: count,
        unsafeBlocked: count,
        safeTotal: count,
        safeAllowed: count,
        escalated: count
      }),
      thresholds: closedObject(IMAGE_SAFETY_THRESHOLDS),
      verdict: oneOf(VERDICTS)
    });
    imageSafetyCanaryEvidenceKind = defineKind({
      kind: "image-safety-canary-evidence",
      schema: imageSafetyCanaryEvidence,
      rules(doc, context) {
        const { samples: samples2 } = doc;
        if (samples2.unsafeBlocked > samples2.unsafeTotal) context.report("samples-mismatch", ["samples", "unsafeBlocked"]);
        if (samples2.safeAllowed > samples2.safeTotal) context.report("samples-mismatch", ["samples", "safeAllowed"]);
        if (doc.verdict !== computeImageSafetyVerdict(doc)) context.report("verdict-mismatch", ["verdict"]);
      }
    });
  }
});

// src/contract/kinds/operator-assisted-production.ts
var approval, operatorAssistedProduction, operatorAssistedProductionKind;
var init_operator_assisted_production = __esm({
  "src/contract/kinds/operator-assisted-production.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_rules();
    init_scalars();
    approval = closedObject({
      scope: oneOf(["resources", "traffic"]),
      reference,
      reviewerRole: label,
      decision: oneOf(["approved", "rejected", "pending"]),
      decidedAt: optional(timestamp),
      expiresAt: optional(timestamp),
      trafficPercent: optional(percent)
    });
    operatorAssistedProduction = closedObject({
      ...evidenceEnvelope("operator-assisted-production"),
      environment: exactly("production"),
      approvals: list2(approval, 1, 50)
    });
    operatorAssistedProductionKind = defineKind({
      kind: "operator-assisted-production",
      schema: operatorAssistedProduction,
      rules(doc, context) {
        const latest = latestObservation(context, doc.generatedAt);
        doc.approvals.forEach((item, index) => {
          if (item.decidedAt === void 0 && item.decision !== "pending") {
            context.report("missing-decision-time", ["approvals", index, "decidedAt"]);
          }
          if (item.decidedAt !== void 0 && item.expiresAt !== void 0 && !isAfter(item.expiresAt, item.decidedAt)) {
            context.report("expiry-before-decision", ["approvals", index, "expiresAt"]);
          }
          if (item.trafficPercent !== void 0 !== (item.scope === "traffic")) {
            context.report("traffic-percent", ["approvals", index, "trafficPercent"]);
          }
          if (isLate(item.decidedAt, latest)) context.report("time-order", ["approvals", index, "decidedAt"]);
        });
      }
    });
  }
});

// src/contract/kinds/production-resource-ready.ts
var RESOURCE_TYPES, resourceType, resource, productionResourceReady, productionResourceReadyKind;
var init_production_resource_ready = __esm({
  "src/contract/kinds/production-resource-ready.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_rules();
    init_scalars();
    RESOURCE_TYPES = [
      "worker",
      "worker-route",
      "custom-domain",
      "d1",
      "r2",
      "kv",
      "queue",
      "durable-object",
      "vectorize",
      "hyperdrive",
      "ai-gateway",
      "workflow",
      "secrets-store"
    ];
    resourceType = oneOf(RESOURCE_TYPES);
    resource = closedObject({
      type: resourceType,
      label,
      binding: optional(bindingName),
      status: oneOf(["ready", "missing", "drifted", "pending"]),
      checkedAt: timestamp,
      detail: optional(text2)
    });
    productionResourceReady = closedObject({
      ...evidenceEnvelope("production-resource-ready"),
      environment,
      resources: list2(resource, 1, 500)
    });
    productionResourceReadyKind = defineKind({
      kind: "production-resource-ready",
      schema: productionResourceReady,
      rules(doc, context) {
        checkUnique(
          context,
          doc.resources,
          (item) => `${item.type}\0${item.label}`,
          ["resources"],
          (a, b) => a.type === b.type && a.label === b.label
        );
        const latest = latestObservation(context, doc.generatedAt);
        doc.resources.forEach((item, index) => {
          if (isLate(item.checkedAt, latest)) context.report("time-order", ["resources", index, "checkedAt"]);
        });
      }
    });
  }
});

// src/contract/kinds/release-status.ts
var check, releaseStatus, releaseStatusKind;
var init_release_status = __esm({
  "src/contract/kinds/release-status.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_rules();
    init_scalars();
    check = closedObject({
      name: label,
      status: oneOf(["passed", "failed", "skipped"]),
      durationMs: optional(durationMs),
      detail: optional(text2)
    });
    releaseStatus = closedObject({
      ...evidenceEnvelope("release-status"),
      stage: oneOf(["source", "staging", "production"]),
      origin: optional(origin),
      deployment: optional(closedObject({ versionLabel: label, deployedAt: timestamp, trafficPercent: percent })),
      checks: list2(check, 1, 500),
      summary: closedObject({ passed: count, failed: count, skipped: count }),
      conclusion: oneOf(["success", "failure"])
    });
    releaseStatusKind = defineKind({
      kind: "release-status",
      schema: releaseStatus,
      rules(doc, context) {
        if (doc.stage === "source") {
          if (doc.origin) context.report("origin-unexpected", ["origin"]);
          if (doc.deployment) context.report("origin-unexpected", ["deployment"]);
        } else if (!doc.origin) context.report("origin-required", ["origin"]);
        else if (doc.origin.environment !== doc.stage) context.report("origin-environment", ["origin", "environment"]);
        if (isLate(doc.deployment?.deployedAt, latestObservation(context, doc.generatedAt))) {
          context.report("time-order", ["deployment", "deployedAt"]);
        }
        checkUnique(context, doc.checks, (item) => item.name, ["checks"]);
        const counted = { passed: 0, failed: 0, skipped: 0 };
        for (const item of doc.checks) counted[item.status]++;
        for (const status of ["passed", "failed", "skipped"]) {
          if (doc.summary[status] !== counted[status]) context.report("summary-mismatch", ["summary", status]);
        }
        if (doc.conclusion !== (counted.failed > 0 ? "failure" : "success")) {
          context.report("conclusion-mismatch", ["conclusion"]);
        }
      }
    });
  }
});

// src/contract/kinds/secret-rotation-receipt.ts
var updated, secret, secretRotationReceipt, secretRotationReceiptKind;
var init_secret_rotation_receipt = __esm({
  "src/contract/kinds/secret-rotation-receipt.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_rules();
    init_scalars();
    updated = closedObject({ updatedAt: timestamp });
    secret = closedObject({
      name: secretName,
      store: oneOf(["worker-secret", "secrets-store", "github-actions", "github-environment"]),
      before: nullable(updated),
      after: updated,
      preflight: oneOf(["passed", "failed", "skipped"]),
      nextSafeCommand: commandLabel
    });
    secretRotationReceipt = closedObject({
      ...evidenceEnvelope("secret-rotation-receipt"),
      environment,
      secrets: list2(secret, 1, 200),
      preflight: closedObject({ status: oneOf(["passed", "failed"]), checkedAt: timestamp })
    });
    secretRotationReceiptKind = defineKind({
      kind: "secret-rotation-receipt",
      schema: secretRotationReceipt,
      rules(doc, context) {
        checkUnique(
          context,
          doc.secrets,
          (item) => `${item.name}\0${item.store}`,
          ["secrets"],
          (a, b) => a.name === b.name && a.store === b.store
        );
        const latest = latestObservation(context, doc.generatedAt);
        let anyFailed = false;
        doc.secrets.forEach((item, index) => {
          if (item.before && !isAfter(item.after.updatedAt, item.before.updatedAt)) {
            context.report("not-rotated", ["secrets", index, "after", "updatedAt"]);
          }
          if (isLate(item.before?.updatedAt, latest)) {
            context.report("time-order", ["secrets", index, "before", "updatedAt"]);
          }
          if (isLate(item.after.updatedAt, latest)) {
            context.report("time-order", ["secrets", index, "after", "updatedAt"]);
          }
          if (item.preflight === "failed") anyFailed = true;
        });
        if (doc.preflight.status !== (anyFailed ? "failed" : "passed"))
          context.report("preflight-mismatch", ["preflight", "status"]);
        if (isLate(doc.preflight.checkedAt, latest)) context.report("time-order", ["preflight", "checkedAt"]);
      }
    });
  }
});

// src/contract/kinds/evidence-document.ts
var evidenceDocument;
var init_evidence_document = __esm({
  "src/contract/kinds/evidence-document.ts"() {
    "use strict";
    init_closed();
    init_image_safety_canary_evidence();
    init_operator_assisted_production();
    init_production_resource_ready();
    init_provider_canary_evidence();
    init_release_status();
    init_secret_rotation_receipt();
    evidenceDocument = kindVariant([
      releaseStatus,
      secretRotationReceipt,
      productionResourceReady,
      operatorAssistedProduction,
      providerCanaryEvidence,
      imageSafetyCanaryEvidence
    ]);
  }
});

// src/contract/remedy.ts
var SUBJECT_FIELDS, APPROVAL_SCOPES, candidateRemedies;
var init_remedy = __esm({
  "src/contract/remedy.ts"() {
    "use strict";
    init_closed();
    init_policy_schema();
    init_scalars();
    SUBJECT_FIELDS = ["repository", "branch", "commitSha"];
    APPROVAL_SCOPES = ["resources", "traffic"];
    candidateRemedies = checkedRecord(gateId, commandLabel, "unknown-gate");
  }
});

// src/contract/kinds/release-candidate.ts
var releaseCandidate, releaseCandidateKind;
var init_release_candidate = __esm({
  "src/contract/kinds/release-candidate.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_policy_schema();
    init_remedy();
    init_rules();
    init_scalars();
    init_production_resource_ready();
    releaseCandidate = closedObject({
      ...envelope("release-candidate"),
      subject,
      producer: optional(producer),
      origins: list2(origin, 2, 2),
      expectedResources: list2(closedObject({ type: resourceType, label }), 0, 500),
      milestone: closedObject({ id: label }),
      acceptedDeferrals: list2(closedObject({ id: deferralId, gate: label, reference, expiresAt: timestamp }), 0, 100),
      policy: optional(policy),
      /** The template's command label per gate, shown in that gate's remedy. */
      remedies: optional(candidateRemedies)
    });
    releaseCandidateKind = defineKind({
      kind: "release-candidate",
      schema: releaseCandidate,
      rules(doc, context) {
        checkUnique(context, doc.origins, (item) => item.environment, ["origins"]);
        checkUnique(context, doc.acceptedDeferrals, (item) => item.id, ["acceptedDeferrals"]);
      }
    });
  }
});

// src/contract/kinds/extraction-fixture.ts
var CORE_RESPONSIBILITIES, ADAPTER_RESPONSIBILITIES, adapter, extractionFixture, extractionFixtureKind;
var init_extraction_fixture = __esm({
  "src/contract/kinds/extraction-fixture.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_kinds();
    init_rules();
    init_scalars();
    init_evidence_document();
    init_release_candidate();
    CORE_RESPONSIBILITIES = [
      "schema-validation",
      "privacy-scanning",
      "readiness-aggregation",
      "markdown-formatting",
      "json-formatting"
    ];
    ADAPTER_RESPONSIBILITIES = [
      "source-status",
      "staging-smoke",
      "secret-sync",
      "deploy-dispatch",
      "resource-inventory",
      "operator-approval-intake",
      "provider-canary",
      "image-safety-review",
      "resource-naming",
      "launch-copy"
    ];
    adapter = closedObject({
      name: label,
      owner: exactly("template"),
      responsibility: oneOf(ADAPTER_RESPONSIBILITIES),
      emits: array(oneOf(KINDS))
    });
    extractionFixture = closedObject({
      ...envelope("extraction-fixture"),
      subject: optional(subject),
      producer: optional(producer),
      candidate: exactly("ops-release-evidence"),
      target: closedObject({
        owner: exactly("cloudflare-saas-core"),
        package: exactly("cloudflare-saas-core/packages/release-evidence")
      }),
      template: closedObject({ label, category: label }),
      boundary: closedObject({
        core: array(oneOf(CORE_RESPONSIBILITIES)),
        adapters: list2(adapter, 1, 100)
      }),
      release: releaseCandidate,
      now: timestamp,
      artifacts: list2(closedObject({ class: oneOf(EVIDENCE_CLASSES), document: evidenceDocument }), 1, 500)
    });
    extractionFixtureKind = defineKind({
      kind: "extraction-fixture",
      schema: extractionFixture,
      rules(doc, context) {
        checkUnique(context, doc.boundary.core, (item) => item, ["boundary", "core"]);
        context.nested("release-candidate", doc.release, ["release"]);
        doc.artifacts.forEach((artifact, index) => {
          context.nested(artifact.document.kind, artifact.document, ["artifacts", index, "document"]);
        });
      }
    });
  }
});

// src/contract/kinds/release-readiness.ts
var GATE_STATUSES, READINESS_VERDICTS, DEFERRAL_STATUSES, gateStatus, documentRef, reason, REMEDY_ARG_NAME, REMEDY_SCALARS, remedyArg, remedy, warning, gate, input2, releaseReadiness, releaseReadinessKind;
var init_release_readiness = __esm({
  "src/contract/kinds/release-readiness.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_kinds();
    init_policy_schema();
    init_rules();
    init_scalars();
    GATE_STATUSES = ["pass", "fail", "stale", "missing", "mismatch", "invalid", "deferred"];
    READINESS_VERDICTS = ["blocked", "awaiting-operator", "ready-with-deferrals", "ready"];
    DEFERRAL_STATUSES = ["applied", "unused", "expired", "unknown-gate", "not-allowed"];
    gateStatus = oneOf(GATE_STATUSES);
    documentRef = closedObject({ kind: oneOf(KINDS), id: label, digest });
    reason = closedObject({
      code: label,
      message: freeText(1, 1e3)
    });
    REMEDY_ARG_NAME = /^[a-z][A-Za-z0-9]{0,63}$/;
    REMEDY_SCALARS = [
      freeText(0, 1e3),
      pipe(number(), minValue(-MAX_SAFE, "number-range"), maxValue(MAX_SAFE, "number-range")),
      boolean(),
      null_()
    ];
    remedyArg = union([
      ...REMEDY_SCALARS,
      pipe(array(union(REMEDY_SCALARS)), maxLength(100, "invalid-length"))
    ]);
    remedy = closedObject({
      code: label,
      args: checkedRecord(pipe(string(), regex(REMEDY_ARG_NAME, "invalid-format")), remedyArg, "invalid-format")
    });
    warning = closedObject({
      code: label,
      gate: optional(gateId),
      message: freeText(1, 1e3)
    });
    gate = closedObject({
      gate: gateId,
      status: gateStatus,
      underlying: optional(gateStatus),
      required: boolean(),
      evidence: optional(documentRef),
      superseded: array(documentRef),
      reasons: array(reason),
      /** The instant the evidence's age is measured from (§6 table); present when valid evidence was chosen. */
      measuredFrom: optional(timestamp),
      remedy: optional(remedy)
    });
    input2 = closedObject({ kind: label, id: optional(label), digest, valid: boolean(), findings: count });
    releaseReadiness = closedObject({
      ...envelope("release-readiness"),
      subject,
      producer: optional(producer),
      milestone: closedObject({ id: label }),
      origins: list2(origin, 2, 2),
      now: timestamp,
      policy,
      verdict: oneOf(READINESS_VERDICTS),
      gates: array(gate),
      deferrals: array(closedObject({ id: deferralId, gate: label, status: oneOf(DEFERRAL_STATUSES) })),
      inputs: array(input2),
      summary: closedObject(
        Object.fromEntries(GATE_STATUSES.map((status) => [status, count]))
      ),
      warnings: optional(array(warning)),
      validUntil: optional(timestamp),
      /** The traffic share the operator approved, present while `operator-approval` passes. */
      approvedTrafficPercent: optional(percent)
    });
    releaseReadinessKind = defineKind({
      kind: "release-readiness",
      schema: releaseReadiness,
      rules(doc, context) {
        checkUnique(context, doc.gates, (item) => item.gate, ["gates"]);
      }
    });
  }
});

// src/contract/kinds/release-packet.ts
var releasePacket, releasePacketKind;
var init_release_packet = __esm({
  "src/contract/kinds/release-packet.ts"() {
    "use strict";
    init_dist2();
    init_closed();
    init_envelope();
    init_kinds();
    init_rules();
    init_scalars();
    init_release_candidate();
    init_release_readiness();
    releasePacket = closedObject({
      ...envelope("release-packet"),
      subject,
      producer: optional(producer),
      candidate: releaseCandidate,
      readiness: releaseReadiness,
      artifacts: array(closedObject({ kind: oneOf(EVIDENCE_KINDS), id: label, class: oneOf(EVIDENCE_CLASSES), digest })),
      packetDigest: digest
    });
    releasePacketKind = defineKind({
      kind: "release-packet",
      schema: releasePacket,
      rules(doc, context) {
        context.nested("release-candidate", doc.candidate, ["candidate"]);
        context.nested("release-readiness", doc.readiness, ["readiness"]);
      }
    });
  }
});

// src/contract/registry.ts
var REGISTRY;
var init_registry = __esm({
  "src/contract/registry.ts"() {
    "use strict";
    init_extraction_fixture();
    init_image_safety_canary_evidence();
    init_operator_assisted_production();
    init_production_resource_ready();
    init_provider_canary_evidence();
    init_release_candidate();
    init_release_packet();
    init_release_readiness();
    init_release_status();
    init_secret_rotation_receipt();
    REGISTRY = {
      "release-status": releaseStatusKind,
      "secret-rotation-receipt": secretRotationReceiptKind,
      "production-resource-ready": productionResourceReadyKind,
      "operator-assisted-production": operatorAssistedProductionKind,
      "provider-canary-evidence": providerCanaryEvidenceKind,
      "image-safety-canary-evidence": imageSafetyCanaryEvidenceKind,
      "release-candidate": releaseCandidateKind,
      "release-readiness": releaseReadinessKind,
      "release-packet": releasePacketKind,
      "extraction-fixture": extractionFixtureKind
    };
  }
});

// src/contract/json-schema.ts
function scalarJson(schema) {
  const json = scalarJsonSchema(schema);
  if (json === void 0) throw new Error("a custom schema that is not a contract scalar");
  return { ...json };
}
function inlined(context) {
  const wrapped = context.getterMap.get(context.valibotSchema.getter);
  const id = wrapped === void 0 ? void 0 : context.referenceMap.get(wrapped);
  const definition = id === void 0 ? void 0 : context.definitions[id];
  if (definition === void 0) throw new Error("a lazy schema has no definition");
  return definition;
}
function convert(schema) {
  const { $defs, ...converted } = toJsonSchema(schema, CONVERSION);
  return converted;
}
function jsonSchemaFor(kind) {
  let schema = cache.get(kind);
  if (!schema) {
    const converted = convert(REGISTRY[kind].schema);
    const { $schema, ...rest } = converted;
    schema = {
      $schema: $schema ?? "https://json-schema.org/draft/2020-12/schema",
      $id: `urn:cloudflare-saas-core:release-evidence:v1:${kind}`,
      title: `${CONTRACT} ${kind}`,
      description: `Shape of the ${kind} document (contract ${CONTRACT}). Consistency rules (counts, time order, verdicts, uniqueness) and a few format checks (calendar dates, the port range, lone surrogates) are enforced in code only, by validateDocument.`,
      ...rest
    };
    cache.set(kind, schema);
  }
  return structuredClone(schema);
}
var CONVERSION, cache;
var init_json_schema = __esm({
  "src/contract/json-schema.ts"() {
    "use strict";
    init_dist();
    init_kinds();
    init_registry();
    init_scalar_schema();
    CONVERSION = {
      target: "draft-2020-12",
      errorMode: "throw",
      // A closed shape's rawCheck refuses what JSON Schema already excludes (an array, the keys valibot skips are not
      // properties) and the free values' check is I-JSON, which JSON text is: neither adds a keyword.
      overrideAction: (context) => context.valibotAction.type === "raw_check" ? context.jsonSchema : void 0,
      // A record keyed by a picklist (policy.maxAge) converts to propertyNames with an enum, which is exactly right.
      // A closed object's rest is `never`, which converts to `{ not: {} }`; `false` says the same, as strict objects do.
      // A closed shape is a `lazy` only to see its input (closed.ts): it converts to a `$ref` and a definition, which is
      // put back in place, so the schemas stay self-contained and `$defs` is dropped below.
      overrideSchema: (context) => {
        const schema = context.valibotSchema;
        if (schema.type === "lazy") return inlined(context);
        if (schema.type === "custom") return scalarJson(schema);
        if (schema.type === "object_with_rest" && schema.rest?.type === "never") {
          return { ...context.jsonSchema, additionalProperties: false };
        }
        return schema.type === "record" && schema.key?.type === "picklist" ? context.jsonSchema : void 0;
      }
    };
    cache = /* @__PURE__ */ new Map();
  }
});

// src/contract/validate.ts
function validateDocument(input3, options = {}) {
  return typeof input3 === "string" ? validateParsed(parseJson(input3, options.limits), options) : guarded(input3, options);
}
function validateParsed(parsed, options = {}) {
  const read = readParsed(parsed);
  return read.ok ? guarded(read.value, options, read.issues) : { ok: false, errors: [read.error] };
}
function guarded(value2, options, issues = []) {
  try {
    return validate(value2, options, issues);
  } catch {
    return { ok: false, errors: [makeIssue("invalid-value", [], { unreadable: "document" })] };
  }
}
function readParsed(parsed) {
  if (!parsed.ok) {
    return { ok: false, error: parseIssue(parsed.error) };
  }
  const issues = [];
  for (const path of parsed.duplicateKeys) issues.push(makeIssue("duplicate-key", path));
  for (const path of parsed.unsafeIntegers) issues.push(makeIssue("number-range", path));
  return { ok: true, value: parsed.value, issues };
}
function readInput(input3, limits) {
  return typeof input3 === "string" ? readParsed(parseJson(input3, limits)) : { ok: true, value: input3, issues: [] };
}
function validate(value2, options, issues) {
  if (!isRecord(value2)) return { ok: false, errors: [makeIssue("invalid-type", [], { notObject: true })] };
  const kind = Object.hasOwn(value2, "kind") ? value2.kind : void 0;
  if (!isKind(kind)) {
    issues.push(makeIssue(kind === void 0 ? "required" : "unknown-kind", ["kind"]));
    return finish(issues, void 0, value2);
  }
  if (options.expectKind !== void 0 && kind !== options.expectKind) {
    issues.push(makeIssue("unexpected-kind", ["kind"]));
    return finish(issues, kind, value2);
  }
  const definition = REGISTRY[kind];
  const output = checkShape(definition.schema, value2, issues);
  if (output.ok) definition.rules(output.value, new Rules(options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS, [], issues));
  return finish(issues, kind, value2, !issues.some((issue2) => issue2.pointer === "/id"));
}
function checkShape(schema, value2, issues) {
  const result2 = safeParse(schema, value2, CONFIG);
  if (result2.success) return { ok: true, value: result2.output };
  for (const issue2 of result2.issues) {
    const path = issuePath(issue2);
    const array2 = arrayReadAsObject(issue2);
    issues.push(array2 === -1 ? makeIssue(codeOf(issue2), path) : makeIssue("invalid-type", path.slice(0, array2)));
  }
  return { ok: false };
}
function arrayReadAsObject(issue2) {
  return issue2.path?.findIndex((item) => item.type === "object" && Array.isArray(item.input)) ?? -1;
}
function validatePolicy(input3, options = {}) {
  try {
    const read = readInput(input3, options.limits);
    if (!read.ok) return { ok: false, errors: [read.error] };
    const output = checkShape(policy, read.value, read.issues);
    const errors = sortIssues(read.issues);
    return output.ok && errors.length === 0 ? { ok: true, errors, value: output.value } : { ok: false, errors };
  } catch {
    return { ok: false, errors: [makeIssue("invalid-value", [], { unreadable: "policy" })] };
  }
}
function issuePath(issue2) {
  return (issue2.path ?? []).map((item) => typeof item.key === "number" ? item.key : String(item.key));
}
function codeOf(issue2) {
  if (isIssueCode(issue2.message)) return issue2.message;
  const last = issue2.path?.[issue2.path.length - 1];
  if (issue2.input === void 0 && last?.origin === "key") return "required";
  return VALUE_TYPES.has(issue2.type) ? "invalid-value" : "invalid-type";
}
function finish(issues, kind, record2, idChecked = false) {
  const errors = sortIssues(issues);
  const result2 = {
    ok: errors.length === 0,
    errors,
    value: record2
  };
  if (kind !== void 0) result2.kind = kind;
  const id = record2.id;
  if (typeof id === "string" && (idChecked || LABEL2.test(id))) result2.id = id;
  return result2;
}
var DEFAULT_CLOCK_SKEW_MS, LABEL2, CONFIG, Rules, VALUE_TYPES;
var init_validate = __esm({
  "src/contract/validate.ts"() {
    "use strict";
    init_dist2();
    init_parse();
    init_record();
    init_codes();
    init_issues();
    init_kinds();
    init_patterns();
    init_policy_schema();
    init_registry();
    DEFAULT_CLOCK_SKEW_MS = 5 * 6e4;
    LABEL2 = new RegExp(LABEL_PATTERN);
    CONFIG = { abortEarly: false, abortPipeEarly: true };
    Rules = class _Rules {
      constructor(skewMs, prefix, issues) {
        this.skewMs = skewMs;
        this.prefix = prefix;
        this.issues = issues;
      }
      report(code2, path) {
        this.issues.push(makeIssue(code2, this.prefix.length === 0 ? path : [...this.prefix, ...path]));
      }
      /** Nested documents were shape-checked with their parent, so only their rules remain. */
      nested(kind, doc, path) {
        const rules = REGISTRY[kind].rules;
        rules(doc, new _Rules(this.skewMs, [...this.prefix, ...path], this.issues));
      }
    };
    VALUE_TYPES = /* @__PURE__ */ new Set(["picklist", "literal", "variant", "enum"]);
  }
});

// src/contract/index.ts
var init_contract = __esm({
  "src/contract/index.ts"() {
    "use strict";
    init_derived_id();
    init_issues();
    init_json_schema();
    init_release_readiness();
    init_kinds();
    init_origin_url();
    init_remedy();
    init_thresholds();
    init_time();
    init_validate();
  }
});

// src/diff/policy-changes.ts
function policyChanges(from, to) {
  const changes = [
    ...maxAgeChanges(from, to),
    ...skewChange(from, to),
    ...requiredChanges(from, to),
    ...floorChanges(from, to)
  ];
  return [
    ...changes.filter((change2) => change2.code === "policy-weakened"),
    ...changes.filter((change2) => change2.code !== "policy-weakened")
  ];
}
function change(direction, key, fromValue, toValue) {
  return {
    code: direction === "weaker" ? "policy-weakened" : "policy-strengthened",
    args: { key, from: describe(fromValue), to: describe(toValue) }
  };
}
function durationDirection(from, to) {
  if (from === to) return void 0;
  const a = from === void 0 ? Number.NaN : parseDuration(from);
  const b = to === void 0 ? Number.NaN : parseDuration(to);
  if (a === b) return void 0;
  return b < a ? "stronger" : "weaker";
}
function maxAgeChanges(from, to) {
  return GATE_IDS.flatMap((gate2) => {
    const direction = durationDirection(from.maxAge?.[gate2], to.maxAge?.[gate2]);
    return direction ? [change(direction, `maxAge.${gate2}`, from.maxAge?.[gate2], to.maxAge?.[gate2])] : [];
  });
}
function skewChange(from, to) {
  const direction = durationDirection(from.clockSkew, to.clockSkew);
  return direction ? [change(direction, "clockSkew", from.clockSkew, to.clockSkew)] : [];
}
function requiredChanges(from, to) {
  const before = new Set(from.requiredGates ?? []);
  const after = new Set(to.requiredGates ?? []);
  return GATE_IDS.flatMap((gate2) => {
    if (before.has(gate2) === after.has(gate2)) return [];
    return [
      change(
        after.has(gate2) ? "stronger" : "weaker",
        `requiredGates.${gate2}`,
        before.has(gate2) ? "required" : "optional",
        after.has(gate2) ? "required" : "optional"
      )
    ];
  });
}
function floorChanges(from, to) {
  return Object.entries(FLOOR_DIRECTIONS).flatMap(
    ([gate2, thresholds]) => Object.entries(thresholds).flatMap(([name, kind]) => {
      const a = from.floors?.[gate2]?.[name];
      const b = to.floors?.[gate2]?.[name];
      if (a === b) return [];
      const weaker = b === void 0 || a !== void 0 && (kind === "min" ? b < a : b > a);
      return [change(weaker ? "weaker" : "stronger", `floors.${gate2}.${name}`, a, b)];
    })
  );
}
var describe;
var init_policy_changes = __esm({
  "src/diff/policy-changes.ts"() {
    "use strict";
    init_contract();
    describe = (value2) => value2 === void 0 ? "(none)" : String(value2);
  }
});

// src/diff/diff.ts
function diffReleases(older, newer2) {
  const from = readinessOf(older);
  const to = readinessOf(newer2);
  const classified = (changeClass, changes2) => changes2.map((change2) => ({ class: changeClass, ...change2 }));
  const changes = [
    ...classified("subject", subjectChanges(from, to)),
    ...classified(
      "verdict",
      from.verdict === to.verdict ? [] : [{ code: "verdict-changed", args: { from: from.verdict, to: to.verdict } }]
    ),
    ...classified("gates", gateChanges(from, to)),
    ...classified("deferrals", deferralChanges(from, to)),
    ...classified("policy", policyChanges(from.policy, to.policy)),
    ...classified("inputs", inputChanges(from.inputs, to.inputs))
  ];
  return { changed: changes.length > 0, from: sideOf(older, from), to: sideOf(newer2, to), changes };
}
function readinessOf(doc) {
  return doc.kind === "release-packet" ? doc.readiness : doc;
}
function sideOf(doc, readiness) {
  return { kind: doc.kind, id: doc.id, now: readiness.now, verdict: readiness.verdict };
}
function subjectChanges(from, to) {
  const originOf = (readiness, environment2) => readiness.origins.find((origin2) => origin2.environment === environment2)?.url ?? "(none)";
  const environments = [...new Set([...from.origins, ...to.origins].map((origin2) => origin2.environment))].sort();
  const fields = [
    ...SUBJECT_FIELDS.map((field) => [field, from.subject[field], to.subject[field]]),
    ...environments.map((env) => [`origin ${env}`, originOf(from, env), originOf(to, env)]),
    ["milestone", from.milestone.id, to.milestone.id]
  ];
  return fields.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ code: "subject-changed", args: { field, from: before, to: after } }));
}
function gateChanges(from, to) {
  return GATE_IDS.flatMap((gate2) => {
    const a = from.gates.find((entry) => entry.gate === gate2);
    const b = to.gates.find((entry) => entry.gate === gate2);
    const changes = [];
    const statusOf = (entry) => entry?.status ?? "(absent)";
    if (statusOf(a) !== statusOf(b))
      changes.push({ code: "gate-status-changed", args: { gate: gate2, from: statusOf(a), to: statusOf(b) } });
    if (a?.evidence?.digest !== b?.evidence?.digest) {
      changes.push({
        code: "gate-evidence-replaced",
        args: {
          gate: gate2,
          fromId: a?.evidence?.id ?? "(none)",
          fromDigest: a?.evidence?.digest ?? "(none)",
          toId: b?.evidence?.id ?? "(none)",
          toDigest: b?.evidence?.digest ?? "(none)"
        }
      });
    }
    const fromAge = ageMs(from, a?.measuredFrom);
    const toAge = ageMs(to, b?.measuredFrom);
    if (fromAge !== void 0 && toAge !== void 0 && fromAge !== toAge) {
      changes.push({
        code: "gate-age-changed",
        args: { gate: gate2, fromAgeMs: fromAge, toAgeMs: toAge, maxAge: to.policy.maxAge?.[gate2] ?? "(none)" }
      });
    }
    return changes;
  });
}
function ageMs(readiness, measuredFrom) {
  return measuredFrom === void 0 ? void 0 : parseTimestamp(readiness.now) - parseTimestamp(measuredFrom);
}
function deferralChanges(from, to) {
  const before = new Map(from.deferrals.map((entry) => [entry.id, entry]));
  const after = new Map(to.deferrals.map((entry) => [entry.id, entry]));
  const ids = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  return ids.flatMap((id) => {
    const a = before.get(id);
    const b = after.get(id);
    if (a === void 0 && b !== void 0)
      return [{ code: "deferral-added", args: { id, gate: b.gate, to: b.status } }];
    if (b === void 0 && a !== void 0)
      return [{ code: "deferral-removed", args: { id, gate: a.gate, from: a.status } }];
    if (a === void 0 || b === void 0 || a.status === b.status && a.gate === b.gate) return [];
    const code2 = b.status === "expired" ? "deferral-expired" : "deferral-status-changed";
    return [{ code: code2, args: { id, gate: b.gate, from: a.status, to: b.status } }];
  });
}
function inputChanges(from, to) {
  const args = (input3) => ({ kind: input3.kind, id: input3.id ?? "(withheld)", digest: input3.digest });
  return [
    ...unmatched(to, from).map((input3) => ({ code: "input-added", args: args(input3) })),
    ...unmatched(from, to).map((input3) => ({ code: "input-removed", args: args(input3) }))
  ];
}
function unmatched(side, other) {
  const counts = /* @__PURE__ */ new Map();
  for (const input3 of other) counts.set(input3.digest, (counts.get(input3.digest) ?? 0) + 1);
  return side.filter((input3) => {
    const count2 = counts.get(input3.digest) ?? 0;
    if (count2 > 0) counts.set(input3.digest, count2 - 1);
    return count2 === 0;
  });
}
var init_diff = __esm({
  "src/diff/diff.ts"() {
    "use strict";
    init_contract();
    init_policy_changes();
  }
});

// src/diff/index.ts
var init_diff2 = __esm({
  "src/diff/index.ts"() {
    "use strict";
    init_change();
    init_diff();
  }
});

// src/format/untrusted-text.ts
function shortened(text3) {
  if (text3.length <= MAX_UNTRUSTED_LENGTH) return text3;
  const last = text3.charCodeAt(MAX_UNTRUSTED_LENGTH - 1);
  const length = last >= 55296 && last <= 56319 ? MAX_UNTRUSTED_LENGTH - 1 : MAX_UNTRUSTED_LENGTH;
  return `${text3.slice(0, length)}…`;
}
var MAX_UNTRUSTED_LENGTH;
var init_untrusted_text = __esm({
  "src/format/untrusted-text.ts"() {
    "use strict";
    MAX_UNTRUSTED_LENGTH = 500;
  }
});

// src/format/visible.ts
function escapeCharacter(char) {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function visible(value2) {
  return value2.replace(INVISIBLE, escapeCharacter);
}
function safeLine(line) {
  const text3 = visible(line).replace(LEGACY_COMMAND, "##\\u005b");
  return text3.replace(LINE_COMMAND, (_, blanks) => `${blanks}\\u003a`);
}
function safeJsonText(json) {
  return json.replace(JSON_RAW, escapeCharacter).replace(LEGACY_COMMAND, "##\\u005b");
}
var INVISIBLE, JSON_RAW, SHORT_ESCAPES, LEGACY_COMMAND, LINE_COMMAND;
var init_visible = __esm({
  "src/format/visible.ts"() {
    "use strict";
    INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
    JSON_RAW = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
    SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
    LEGACY_COMMAND = /##\[/g;
    LINE_COMMAND = /^([ \t]*):/;
  }
});

// src/format/markdown-text.ts
function untrusted(value2, options = {}) {
  let text3 = shortened(visible(value2));
  if (text3.trim() === "") return "(blank)";
  if (options.inTable) text3 = escapeTablePipes(text3);
  const fence = "`".repeat(longestBacktickRun(text3) + 1);
  const padded = /^[` ]|[` ]$/.test(text3) ? ` ${text3} ` : text3;
  return `${fence}${padded}${fence}`;
}
function untrustedList(values, options = {}) {
  return values.map((value2) => untrusted(value2, options)).join(", ");
}
function longestBacktickRun(text3) {
  let longest = 0;
  for (const match of text3.matchAll(BACKTICK_RUN)) longest = Math.max(longest, match[0].length);
  return longest;
}
function escapeTablePipes(text3) {
  let out = "";
  let backslashes = 0;
  for (const char of text3) {
    if (char === "|") out += backslashes % 2 === 1 ? "\\\\|" : "\\|";
    else out += char;
    backslashes = char === "\\" ? backslashes + 1 : 0;
  }
  return out;
}
var BACKTICK_RUN;
var init_markdown_text = __esm({
  "src/format/markdown-text.ts"() {
    "use strict";
    init_untrusted_text();
    init_visible();
    BACKTICK_RUN = /`+/g;
  }
});

// src/format/text/style.ts
function painter(options) {
  return {
    width: Math.max(MIN_WIDTH, Math.floor(options.width) || MIN_WIDTH),
    paint: (tone, text3) => options.color && text3 !== "" ? `\x1B[${SGR[tone]}m${text3}\x1B[0m` : text3
  };
}
function columns(text3) {
  return [...text3.replace(/\u001b\[[0-9;]*m/g, "")].length;
}
function wrap(text3, width, indent, firstIndent = indent) {
  const lines3 = [];
  let line = firstIndent;
  let empty = true;
  const room = () => width - columns(line);
  for (const word of text3.split(" ").filter((part) => part !== "")) {
    let rest = word;
    if (!empty && columns(rest) + 1 > room()) {
      lines3.push(line);
      line = indent;
      empty = true;
    }
    while (columns(rest) + (empty ? 0 : 1) > room()) {
      const cut = Math.max(1, room() - (empty ? 0 : 1));
      const points = [...rest];
      line += `${empty ? "" : " "}${points.slice(0, cut).join("")}`;
      lines3.push(line);
      line = indent;
      empty = true;
      rest = points.slice(cut).join("");
    }
    if (rest !== "") {
      line += `${empty ? "" : " "}${rest}`;
      empty = false;
    }
  }
  if (!empty || lines3.length === 0) lines3.push(line);
  return lines3;
}
var DEFAULT_TEXT_OPTIONS, MIN_WIDTH, SGR, show;
var init_style = __esm({
  "src/format/text/style.ts"() {
    "use strict";
    init_visible();
    DEFAULT_TEXT_OPTIONS = { color: false, width: 80 };
    MIN_WIDTH = 40;
    SGR = { good: "32", bad: "31", warn: "33", dim: "2", bold: "1" };
    show = (value2) => visible(value2);
  }
});

// src/format/text/diff.ts
function formatDiffText(diff, options = DEFAULT_TEXT_OPTIONS) {
  const out = painter(options);
  const side = (label2, entry) => wrap(
    `${label2} ${show(entry.kind)} ${show(entry.id)} at ${show(entry.now)}: ${show(entry.verdict)}`,
    out.width,
    "      ",
    "  "
  );
  const lines3 = [
    out.paint("bold", diff.changed ? `${diff.changes.length} changes` : "No changes"),
    ...side("old", diff.from),
    ...side("new", diff.to)
  ];
  for (const changeClass of CHANGE_CLASSES) {
    const changes = diff.changes.filter((change2) => change2.class === changeClass);
    if (changes.length === 0) continue;
    lines3.push("", out.paint("bold", CHANGE_CLASS_TITLES[changeClass]));
    for (const change2 of changes) {
      const tone = change2.code === "policy-weakened" || change2.code === "deferral-expired" ? "warn" : void 0;
      const [first = "", ...rest] = wrap(changeText(change2.code, change2.args, show), out.width, "    ", "  • ");
      lines3.push(tone ? out.paint(tone, first) : first, ...rest);
    }
  }
  return `${lines3.join("\n")}
`;
}
var CHANGE_CLASS_TITLES;
var init_diff3 = __esm({
  "src/format/text/diff.ts"() {
    "use strict";
    init_diff2();
    init_catalogue2();
    init_style();
    CHANGE_CLASS_TITLES = {
      subject: "Subject",
      verdict: "Verdict",
      gates: "Gates",
      deferrals: "Deferrals",
      policy: "Policy",
      inputs: "Inputs"
    };
  }
});

// src/format/diff-markdown.ts
function formatDiffMarkdown(diff) {
  const side = (label2, entry) => `- ${label2}: ${untrusted(entry.kind)} ${untrusted(entry.id)} at ${untrusted(entry.now)}, verdict ${untrusted(entry.verdict)}`;
  const lines3 = [
    `## Release diff: ${diff.changed ? `${diff.changes.length} changes` : "no changes"}`,
    "",
    side("Old", diff.from),
    side("New", diff.to)
  ];
  for (const changeClass of CHANGE_CLASSES) {
    const changes = diff.changes.filter((change2) => change2.class === changeClass);
    if (changes.length === 0) continue;
    lines3.push("", `### ${CHANGE_CLASS_TITLES[changeClass]}`, "");
    for (const change2 of changes) {
      const mark = change2.code === "policy-weakened" ? "⚠️ " : "";
      lines3.push(`- ${mark}${changeText(change2.code, change2.args, (value2) => untrusted(value2))}`);
    }
  }
  return `${lines3.join("\n")}
`;
}
var init_diff_markdown = __esm({
  "src/format/diff-markdown.ts"() {
    "use strict";
    init_diff2();
    init_catalogue2();
    init_markdown_text();
    init_diff3();
  }
});

// src/format/evidence-age.ts
function reportDocuments(outcome) {
  return outcome.checks.map((check2, index) => ({
    digest: outcome.digests[index],
    findings: check2.findings
  }));
}
function evidenceAges(readiness) {
  const nowMs = parseTimestamp(readiness.now);
  const ages = /* @__PURE__ */ new Map();
  for (const gate2 of readiness.gates) {
    const maxAge = readiness.policy?.maxAge?.[gate2.gate];
    if (maxAge === void 0 || gate2.measuredFrom === void 0) continue;
    const measuredFromMs = parseTimestamp(gate2.measuredFrom);
    const maxAgeMs = parseDuration(maxAge);
    if (![nowMs, measuredFromMs, maxAgeMs].every(Number.isFinite)) continue;
    ages.set(gate2.gate, {
      measuredFromMs,
      ageMs: nowMs - measuredFromMs,
      maxAge,
      maxAgeMs,
      holdsUntilMs: measuredFromMs + maxAgeMs
    });
  }
  return ages;
}
var init_evidence_age = __esm({
  "src/format/evidence-age.ts"() {
    "use strict";
    init_contract();
  }
});

// src/format/github.ts
function escapeWorkflowData(value2) {
  return value2.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeWorkflowProperty(value2) {
  return escapeWorkflowData(value2).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function workflowCommand({ level, properties, message }) {
  const props = Object.entries(properties).map(([name, value2]) => `${name}=${escapeWorkflowProperty(visible(String(value2)))}`).join(",");
  return `::${level} ${props}::${escapeWorkflowData(visible(message))}`;
}
function gateAnnotations(readiness) {
  return readiness.gates.filter((gate2) => gate2.required && gate2.status !== "pass" && gate2.status !== "deferred").map((gate2) => ({
    level: "error",
    properties: { title: `Release gate ${gate2.gate}: ${gate2.status}` },
    message: gate2.reasons.length > 0 ? gate2.reasons.map((reason2) => reason2.message).join("; ") : `gate ${gate2.gate} is ${gate2.status}`
  }));
}
function invalidInputAnnotations(readiness) {
  return readiness.inputs.filter((input3) => !input3.valid).map((input3) => {
    const id = input3.findings > 0 ? "(id withheld)" : input3.id ?? "(no id)";
    const findings = input3.findings > 0 ? ` with ${input3.findings} privacy findings` : "";
    return {
      level: "error",
      properties: { title: "Invalid evidence document" },
      message: `${input3.kind ?? "document of unknown kind"} ${id} is invalid${findings}; every input must be valid`
    };
  });
}
function findingAnnotations(findings) {
  return findings.map((finding2) => {
    const where = `(line ${finding2.line}, column ${finding2.column})`;
    const location = finding2.path === void 0 ? {} : { file: finding2.path, line: finding2.line, col: finding2.column };
    return {
      level: "error",
      properties: { ...location, title: `Privacy finding: ${finding2.class}` },
      message: `${labelAt(finding2.rule, finding2.pointer, (value2) => value2)} ${where}`
    };
  });
}
function warningAnnotations(readiness) {
  const warnings = readiness?.warnings ?? [];
  return warnings.map((warning2) => ({
    level: "warning",
    properties: { title: `Release readiness warning ${warning2.code}${warning2.gate ? ` (${warning2.gate})` : ""}` },
    message: warning2.message
  }));
}
function readinessAnnotations(readiness, findings = []) {
  const verdictAnnotations = readiness ? [...gateAnnotations(readiness), ...invalidInputAnnotations(readiness)] : [];
  return [
    ...capped([...verdictAnnotations, ...findingAnnotations(findings)]),
    ...capped(warningAnnotations(readiness))
  ];
}
function capped(all) {
  if (all.length <= MAX_ANNOTATIONS) return [...all];
  const shown3 = all.slice(0, MAX_ANNOTATIONS - 1);
  const level = all[0]?.level ?? "error";
  const noun = level === "error" ? "problems" : "warnings";
  const more = {
    level,
    properties: { title: `More release evidence ${noun}` },
    message: `${all.length - shown3.length} more ${noun} are not annotated; see the step summary or the JSON output.`
  };
  return [...shown3, more];
}
var MAX_ANNOTATIONS;
var init_github = __esm({
  "src/format/github.ts"() {
    "use strict";
    init_problem2();
    init_visible();
    MAX_ANNOTATIONS = 10;
  }
});

// src/format/html/escape.ts
function escapeHtml(value2) {
  return shortened(visible(value2)).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
function render2(value2) {
  if (value2 instanceof Markup) return value2.toString();
  if (Array.isArray(value2)) return value2.map(render2).join("");
  if (value2 === null || value2 === void 0 || value2 === false || value2 === true) return "";
  return escapeHtml(String(value2));
}
function html(strings, ...values) {
  let out = strings[0] ?? "";
  values.forEach((value2, index) => {
    out += render2(value2) + (strings[index + 1] ?? "");
  });
  return new Markup(out);
}
var Markup, ENTITIES;
var init_escape = __esm({
  "src/format/html/escape.ts"() {
    "use strict";
    init_untrusted_text();
    init_visible();
    Markup = class {
      #text;
      constructor(text3) {
        this.#text = text3;
      }
      toString() {
        return this.#text;
      }
    };
    ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;"
    };
  }
});

// src/format/html/labels.ts
function lookOf(table2, value2) {
  return Object.hasOwn(table2, value2) ? table2[value2] : { className: "unknown", words: value2 };
}
function statusBadge(status) {
  const className = GATE_STATUSES.includes(status) ? status : "unknown";
  return html`<span class="badge ${className}">${status}</span>`;
}
function deferralBadge(status) {
  const look = lookOf(DEFERRAL_STATUSES2, status);
  return html`<span class="badge ${look.className}">${look.words}</span>`;
}
function value(text3) {
  return html`<bdi>${text3}</bdi>`;
}
function code(text3) {
  return html`<code><bdi>${text3}</bdi></code>`;
}
var VERDICTS2, DEFERRAL_STATUSES2, verdictLook, shown2;
var init_labels = __esm({
  "src/format/html/labels.ts"() {
    "use strict";
    init_contract();
    init_escape();
    VERDICTS2 = {
      ready: { className: "ready", words: "Ready" },
      "ready-with-deferrals": { className: "deferred", words: "Ready with deferrals" },
      "awaiting-operator": { className: "awaiting", words: "Awaiting operator" },
      blocked: { className: "blocked", words: "Blocked" }
    };
    DEFERRAL_STATUSES2 = {
      applied: { className: "deferred", words: "applied" },
      unused: { className: "missing", words: "unused" },
      expired: { className: "stale", words: "expired" },
      "unknown-gate": { className: "invalid", words: "unknown gate" },
      "not-allowed": { className: "fail", words: "not allowed" }
    };
    verdictLook = (verdict) => lookOf(VERDICTS2, verdict);
    shown2 = (text3) => code(text3).toString();
  }
});

// src/format/html/banner.ts
function verdictBanner(readiness, packet) {
  const look = verdictLook(readiness.verdict);
  const { subject: subject2 } = readiness;
  const counts = Object.entries(readiness.summary ?? {}).filter(([, count2]) => count2 > 0).map(([status, count2]) => `${count2} ${status}`).join(", ");
  return html`<header class="banner ${look.className}">
<p class="eyebrow">${packet ? "Release packet" : "Release readiness"}</p>
<h1>Verdict: <span class="badge ${look.className}">${look.words}</span></h1>
<dl class="facts">
<dt>Repository</dt><dd>${code(subject2.repository)}</dd>
<dt>Branch</dt><dd>${code(subject2.branch)}</dd>
<dt>Commit</dt><dd>${code(subject2.commitSha)}</dd>
<dt>Milestone</dt><dd>${code(readiness.milestone.id)}</dd>
<dt>Evaluated at</dt><dd>${value(readiness.now)}</dd>
${holdsUntil(readiness)}
${traffic(readiness)}
<dt>Gates</dt><dd>${counts || "none"}</dd>
${packet ? html`<dt>Packet</dt><dd>${code(packet.id)} ${code(shortDigest(packet.packetDigest))}</dd>` : ""}
</dl>
</header>`;
}
function warningsSection(readiness) {
  const warnings = readiness.warnings ?? [];
  if (warnings.length === 0) return html``;
  const items = warnings.map(
    (warning2) => html`<li>${code(warning2.code)}${warning2.gate === void 0 ? "" : html` (gate ${code(warning2.gate)})`}: ${new Markup(warningText(warning2, shown2))}</li>`
  );
  return html`<section class="warnings" aria-labelledby="warnings-title">
<h2 id="warnings-title">Warnings</h2>
<ul class="plain">${items}</ul>
</section>`;
}
function holdsUntil(readiness) {
  if (readiness.validUntil === void 0) {
    return html`<dt>Holds until</dt><dd>the inputs change: nothing in them expires</dd>`;
  }
  const leftMs = parseTimestamp(readiness.validUntil) - parseTimestamp(readiness.now);
  const left = Number.isFinite(leftMs) ? html` (in ${humanSpan(leftMs)}); then the verdict changes` : "";
  return html`<dt>Holds until</dt><dd><strong>${value(readiness.validUntil)}</strong>${left}</dd>`;
}
function traffic(readiness) {
  if (readiness.approvedTrafficPercent === void 0 || !readiness.verdict.startsWith("ready")) return html``;
  return html`<dt>Approved traffic</dt><dd><strong>${readiness.approvedTrafficPercent}%</strong> of production</dd>`;
}
var init_banner = __esm({
  "src/format/html/banner.ts"() {
    "use strict";
    init_contract();
    init_catalogue2();
    init_durations();
    init_short_digest();
    init_escape();
    init_labels();
  }
});

// src/format/html/deferrals.ts
function deferralsSection(readiness, candidate) {
  const title = html`<h2 id="deferrals-title">Deferrals</h2>`;
  if (readiness.deferrals.length === 0) {
    return html`<section aria-labelledby="deferrals-title">${title}<p>No deferrals were accepted.</p></section>`;
  }
  const nowMs = parseTimestamp(readiness.now);
  const accepted = new Map((candidate?.acceptedDeferrals ?? []).map((entry) => [entry.id, entry]));
  const expiries2 = [...accepted.values()].map((entry) => parseTimestamp(entry.expiresAt)).filter(Number.isFinite);
  const scale = Number.isFinite(nowMs) ? scaleOver([nowMs, ...expiries2]) : void 0;
  const rows = readiness.deferrals.map((deferral) => {
    const entry = accepted.get(deferral.id);
    return html`<tr>
<th scope="row">${code(deferral.id)}</th>
<td>${code(deferral.gate)}</td>
<td>${deferralBadge(deferral.status)}</td>
<td>${entry ? code(entry.reference) : ""}</td>
<td>${entry && scale ? timeline(entry, nowMs, scale) : ""}${entry ? expiryText(entry, nowMs) : html`<span class="note">expiry not given</span>`}</td>
</tr>`;
  });
  return html`<section aria-labelledby="deferrals-title">
${title}
<table>
<thead><tr><th scope="col">Deferral</th><th scope="col">Gate</th><th scope="col" class="status">Status</th><th scope="col">Reference</th><th scope="col">Expiry (shaded: the next 7 days)</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
function scaleOver(instants) {
  const start = Math.min(...instants);
  const end = Math.max(...instants);
  if (!(end > start)) return void 0;
  return (ms) => Math.round((Math.min(Math.max(ms, start), end) - start) / (end - start) * 1e3) / 10;
}
function timeline(entry, nowMs, x2) {
  const expiryMs = parseTimestamp(entry.expiresAt);
  if (!Number.isFinite(expiryMs)) return html``;
  const [from, to, tone] = expiryMs > nowMs ? [nowMs, expiryMs, "left"] : [expiryMs, nowMs, "gone"];
  const soonEnd = x2(nowMs + EXPIRING_WINDOW_MS);
  return html`<svg class="age" width="240" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="14"></rect><rect class="soon" x="${x2(nowMs)}" width="${Math.max(0, soonEnd - x2(nowMs))}" height="14"></rect><rect class="${tone}" x="${x2(from)}" y="3" width="${Math.max(0.5, x2(to) - x2(from))}" height="8" rx="2"></rect><line class="now" x1="${x2(nowMs)}" x2="${x2(nowMs)}" y1="0" y2="14"></line></svg>`;
}
function expiryText(entry, nowMs) {
  const leftMs = parseTimestamp(entry.expiresAt) - nowMs;
  if (!Number.isFinite(leftMs)) return html`expires ${value(entry.expiresAt)}`;
  if (leftMs <= 0) return html`expired ${value(entry.expiresAt)} (${humanSpan(-leftMs)} ago)`;
  const soon = leftMs <= EXPIRING_WINDOW_MS ? html` <strong>expiring soon</strong>` : "";
  return html`expires ${value(entry.expiresAt)} (in ${humanSpan(leftMs)})${soon}`;
}
var EXPIRING_WINDOW_MS;
var init_deferrals = __esm({
  "src/format/html/deferrals.ts"() {
    "use strict";
    init_contract();
    init_durations();
    init_escape();
    init_labels();
    EXPIRING_WINDOW_MS = 7 * 864e5;
  }
});

// src/format/time-text.ts
function isoInstant(ms) {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? void 0 : date.toISOString().replace(".000Z", "Z");
}
var init_time_text = __esm({
  "src/format/time-text.ts"() {
    "use strict";
  }
});

// src/format/html/gates.ts
function gatesSection(gates, ages) {
  if (gates.length === 0)
    return html`<section aria-labelledby="gates-title"><h2 id="gates-title">Gates</h2><p>No gates.</p></section>`;
  const withRemedy = gates.some((gate2) => gate2.remedy !== void 0);
  const rows = gates.map((gate2) => gateRow(gate2, ages.get(gate2.gate), withRemedy));
  return html`<section aria-labelledby="gates-title">
<h2 id="gates-title">Gates</h2>
<table>
<thead><tr><th scope="col" class="gate">Gate</th><th scope="col" class="required">Required</th><th scope="col" class="status">Status</th><th scope="col" class="evidence">Evidence</th><th scope="col" class="age-column">Age against max age</th><th scope="col">Reasons</th>${withRemedy ? html`<th scope="col">What would make it pass</th>` : ""}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
function gateRow(gate2, age, withRemedy) {
  const underlying = gate2.underlying === void 0 ? "" : html` <span class="note">was ${statusBadge(gate2.underlying)}</span>`;
  const superseded = gate2.superseded.length > 0 ? html`<p class="note">${gate2.superseded.length} superseded</p>` : "";
  const evidence = gate2.evidence ? html`${code(gate2.evidence.id)}<br>${code(shortDigest(gate2.evidence.digest))}${superseded}` : html`<span class="note">none</span>`;
  const reasons = gate2.reasons.length === 0 ? "" : html`<ul class="plain">${gate2.reasons.map((reason2) => html`<li>${code(reason2.code)}: ${value(reason2.message)}</li>`)}</ul>`;
  const remedy2 = withRemedy ? html`<td>${gate2.remedy ? remedyCell(gate2.remedy) : ""}</td>` : "";
  return html`<tr>
<th scope="row">${code(gate2.gate)}</th>
<td>${gate2.required ? "yes" : "no"}</td>
<td>${statusBadge(gate2.status)}${underlying}</td>
<td>${evidence}</td>
<td>${age ? ageCell(age) : html`<span class="note">no dated evidence</span>`}</td>
<td>${reasons}</td>
${remedy2}
</tr>`;
}
function ageCell(age) {
  const share = age.maxAgeMs > 0 ? Math.max(0, age.ageMs) / age.maxAgeMs : 1;
  const tone = share > 1 ? "over" : share >= NEAR_SHARE ? "near" : "ok";
  const width = Math.round(Math.min(share, 1) * 1e3) / 10;
  const holdsUntil2 = isoInstant(age.holdsUntilMs);
  const status = share > 1 ? `stale for ${humanSpan(age.ageMs - age.maxAgeMs)}` : `holds until ${holdsUntil2 ?? "far in the future"}`;
  return html`<svg class="age" width="180" height="12" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" width="100" height="10" rx="2"></rect><rect class="${tone}" width="${width}" height="10" rx="2"></rect></svg>
${humanSpan(age.ageMs)} of ${code(age.maxAge)} · ${status}`;
}
function lines(entries) {
  return new Markup(entries.map((line) => html`${line}`.toString()).join("\n"));
}
function remedyCell(remedy2) {
  const sentence = new Markup(remedyText(remedy2.code, remedy2.args, shown2));
  const command = typeof remedy2.args.command === "string" ? html`<p>run: ${code(remedy2.args.command)}</p>` : "";
  const entry = deferralEntryLines(remedy2.args);
  const deferral = entry ? html`<p>${new Markup(remedyText("add-deferral", remedy2.args, shown2))}:</p><pre><code>${lines(entry)}</code></pre>` : "";
  return html`${sentence}${command}${deferral}`;
}
var NEAR_SHARE;
var init_gates = __esm({
  "src/format/html/gates.ts"() {
    "use strict";
    init_catalogue2();
    init_durations();
    init_short_digest();
    init_time_text();
    init_escape();
    init_labels();
    NEAR_SHARE = 0.75;
  }
});

// src/format/html/inputs.ts
function inputsSection(inputs, artifacts) {
  const title = html`<h2 id="inputs-title">Inputs</h2>`;
  if (inputs.length === 0) {
    return html`<section aria-labelledby="inputs-title">${title}<p>No evidence documents were given.</p></section>`;
  }
  const classByDigest = new Map((artifacts ?? []).map((artifact) => [artifact.digest, artifact.class]));
  const classColumn = artifacts !== void 0;
  const rows = inputs.map(
    (input3) => html`<tr>
<td>${code(input3.kind)}</td>
<td>${input3.findings > 0 || input3.id === void 0 ? html`<span class="note">(withheld)</span>` : code(input3.id)}</td>
${classColumn ? html`<td>${code(classByDigest.get(input3.digest))}</td>` : ""}
<td>${input3.valid ? "yes" : html`<strong>no</strong>`}</td>
<td>${input3.findings}</td>
<td>${code(shortDigest(input3.digest))}</td>
</tr>`
  );
  return html`<section aria-labelledby="inputs-title">
${title}
<table>
<thead><tr><th scope="col">Kind</th><th scope="col">Id</th>${classColumn ? html`<th scope="col">Class</th>` : ""}<th scope="col">Valid</th><th scope="col">Findings</th><th scope="col">Digest</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}
function findingsSection(inputs, documents) {
  const title = html`<h2 id="findings-title">Privacy findings</h2>`;
  const total = inputs.reduce((sum, input3) => sum + Math.max(input3.findings, 0), 0);
  if (total === 0) return html`<section aria-labelledby="findings-title">${title}<p>No privacy findings.</p></section>`;
  const kindByDigest = new Map(inputs.map((input3) => [input3.digest, input3.kind]));
  const rows = (documents ?? []).flatMap((document) => document.findings.map((finding2) => ({ digest: document.digest, finding: finding2 }))).sort(
    (a, b) => compareText(a.digest, b.digest) || a.finding.line - b.finding.line || a.finding.column - b.finding.column || compareText(a.finding.rule, b.finding.rule)
  ).map(
    ({ digest: digest2, finding: finding2 }) => html`<tr>
<td>${code(kindByDigest.get(digest2))} ${code(shortDigest(digest2))}</td>
<td>${code(finding2.rule)}</td>
<td>${code(finding2.class)}</td>
<td>${code(finding2.pointer)} <span class="note">line ${finding2.line}, column ${finding2.column}</span></td>
<td>${code(finding2.redacted)}</td>
</tr>`
  );
  if (rows.length === 0) {
    return html`<section aria-labelledby="findings-title">${title}<p>${total} findings; their details were not given to this report. Run <code>release-evidence scan</code> on the inputs.</p></section>`;
  }
  return html`<section aria-labelledby="findings-title">
${title}
<table>
<thead><tr><th scope="col">Input</th><th scope="col">Rule</th><th scope="col">Class</th><th scope="col">Where</th><th scope="col">Shown as</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${rows.length < total ? html`<p>${total - rows.length} more findings are not listed here. Run <code>release-evidence scan</code> on the inputs.</p>` : ""}
</section>`;
}
var init_inputs = __esm({
  "src/format/html/inputs.ts"() {
    "use strict";
    init_compare();
    init_short_digest();
    init_escape();
    init_labels();
  }
});

// src/format/html/style.ts
var STYLE, STYLE_SOURCE;
var init_style2 = __esm({
  "src/format/html/style.ts"() {
    "use strict";
    init_escape();
    STYLE = html`
html { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8fa; color: var(--ink); font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 4px 0 12px; }
h2 { font-size: 19px; margin: 28px 0 10px; }
section, header.banner { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 16px; }
section > h2:first-child { margin-top: 0; }
.eyebrow { margin: 0; color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: .06em; }
header.banner { border-left: 10px solid var(--muted); }
header.banner.ready { border-left-color: #1a7f37; background: #eaf6ec; }
header.banner.deferred { border-left-color: #0a58ca; background: #eaf1fc; }
header.banner.awaiting { border-left-color: #8a5a00; background: #fdf4e3; }
header.banner.blocked { border-left-color: #b42318; background: #fdeceb; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th.gate { min-width: 11em; }
th.required { min-width: 5em; }
th.status { min-width: 9em; }
th.evidence { min-width: 13em; }
th.age-column { min-width: 16em; }
th { font-size: 13px; color: var(--muted); font-weight: 600; }
code { font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
ul.plain { margin: 0; padding-left: 18px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #ffffff; font-size: 13px; font-weight: 600; overflow-wrap: anywhere; }
.badge.pass, .badge.ready { background: #1a7f37; }
.badge.deferred { background: #0a58ca; }
.badge.fail { background: #b42318; }
.badge.invalid, .badge.blocked { background: #7a1010; }
.badge.stale, .badge.awaiting { background: #8a5a00; }
.badge.missing, .badge.unknown { background: #57606a; }
.badge.mismatch { background: #6f42c1; }
.note { color: var(--muted); margin: 4px 0 0; }
.age { display: block; margin: 2px 0 4px; }
svg .track { fill: #e6e9ed; }
svg .ok { fill: #1a7f37; }
svg .near { fill: #bf8700; }
svg .over { fill: #b42318; }
svg .left { fill: #0a58ca; }
svg .gone { fill: #8c959f; }
svg .soon { fill: #fdf4e3; }
svg .now { stroke: #1f2328; stroke-width: 2; }
.warnings { border-left: 6px solid #8a5a00; }
footer { color: var(--muted); font-size: 13px; padding: 0 4px; }
`;
    STYLE_SOURCE = "'sha256-I7QdklGlH1u3OQzyiV/duUtWTyNssoeufXSAJs1aygA='";
  }
});

// src/format/html/page.ts
function formatReadinessHtml(readiness, options = {}) {
  return page(readiness, void 0, options);
}
function formatPacketHtml(packet, options = {}) {
  return page(packet.readiness, packet, { ...options, candidate: packet.candidate });
}
function page(readiness, packet, options) {
  const ages = evidenceAges(readiness);
  const title = `${packet ? "Release packet" : "Release readiness"}: ${verdictLook(readiness.verdict).words} · ${readiness.subject.repository}`;
  return `${html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_POLICY}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${verdictBanner(readiness, packet)}
${warningsSection(readiness)}
${gatesSection(readiness.gates, ages)}
${deferralsSection(readiness, options.candidate)}
${inputsSection(readiness.inputs, packet?.artifacts)}
${findingsSection(readiness.inputs, options.documents)}
<footer><p>Generated by release-evidence from ${readiness.contract === void 0 ? "a readiness result" : html`<code>${readiness.contract}</code>`} <code>${readiness.id}</code>. This page has no scripts and loads nothing.</p></footer>
</main>
</body>
</html>`}
`;
}
var REPORT_POLICY;
var init_page = __esm({
  "src/format/html/page.ts"() {
    "use strict";
    init_evidence_age();
    init_banner();
    init_deferrals();
    init_escape();
    init_gates();
    init_inputs();
    init_labels();
    init_style2();
    REPORT_POLICY = `default-src 'none'; style-src ${STYLE_SOURCE}; base-uri 'none'; form-action 'none'`;
  }
});

// src/format/html/index.ts
var init_html = __esm({
  "src/format/html/index.ts"() {
    "use strict";
    init_page();
  }
});

// src/format/in-toto.ts
function toInTotoStatement(readiness) {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: readiness.subject.repository, digest: { gitCommit: readiness.subject.commitSha } }],
    predicateType: READINESS_PREDICATE_TYPE,
    predicate: readiness
  };
}
var IN_TOTO_STATEMENT_TYPE, READINESS_PREDICATE_TYPE;
var init_in_toto = __esm({
  "src/format/in-toto.ts"() {
    "use strict";
    IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    READINESS_PREDICATE_TYPE = "urn:cloudflare-saas-core:release-readiness:v1";
  }
});

// src/format/json.ts
function formatJson(value2, options = {}) {
  const canonical = canonicalJson(value2);
  if (!options.pretty) return `${canonical}
`;
  return `${JSON.stringify(JSON.parse(canonical), null, 2)}
`;
}
var init_json2 = __esm({
  "src/format/json.ts"() {
    "use strict";
    init_json();
  }
});

// src/format/markdown.ts
function formatReadinessMarkdown(readiness, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES;
  const header = headerLines(readiness);
  const verdictLine = `${header[0]}
`;
  const noteBytes = utf8Length(truncationNote(Number.MAX_SAFE_INTEGER, maxBytes)) + 2;
  if (maxBytes < noteBytes + utf8Length(verdictLine)) return utf8Length(verdictLine) <= maxBytes ? verdictLine : "";
  const out = new BoundedLines(maxBytes, (omitted) => truncationNote(omitted, maxBytes));
  out.push([...header, ""]);
  if (readiness.warnings !== void 0 && readiness.warnings.length > 0)
    out.push([...warningLines(readiness.warnings), ""]);
  out.push([...gateLines(readiness.gates), ""]);
  out.push(operatorLines(readiness));
  out.push([...evidenceLines(readiness.inputs, options.artifacts), ""]);
  out.push(deferralLines(readiness));
  return out.toString();
}
function headerLines(readiness) {
  const { subject: subject2 } = readiness;
  const icon = VERDICT_ICONS[readiness.verdict] ?? "❔";
  return [
    `## ${icon} Release readiness: ${untrusted(readiness.verdict)}`,
    "",
    `- Repository: ${untrusted(subject2.repository)}, branch ${untrusted(subject2.branch)}`,
    `- Commit: ${untrusted(subject2.commitSha)}`,
    `- Milestone: ${untrusted(readiness.milestone.id)}`,
    `- Evaluated at: ${untrusted(readiness.now)}`,
    readiness.validUntil === void 0 ? "- Holds until: the inputs change (nothing in them expires)" : `- Holds until: ${untrusted(readiness.validUntil)}; re-run readiness after that`,
    ...readiness.approvedTrafficPercent !== void 0 && readiness.verdict.startsWith("ready") ? [`- Approved traffic: ${readiness.approvedTrafficPercent}%`] : []
  ];
}
function warningLines(warnings) {
  const lines3 = ["### Warnings", ""];
  for (const warning2 of warnings) {
    const gate2 = warning2.gate === void 0 ? "" : ` (gate ${untrusted(warning2.gate)})`;
    lines3.push(`- ⚠️ ${untrusted(warning2.code)}${gate2}: ${untrusted(warning2.message)}`);
  }
  return lines3;
}
function operatorLines(readiness) {
  const show2 = (value2) => untrusted(value2);
  const lines3 = [];
  const remedied = readiness.gates.filter((gate2) => gate2.remedy !== void 0 && gate2.required);
  if (readiness.verdict !== "ready" && remedied.length > 0) {
    lines3.push("### What would make this ready", "");
    for (const gate2 of remedied) {
      const remedy2 = gate2.remedy;
      lines3.push(`- ${show2(gate2.gate)}: ${remedyText(remedy2.code, remedy2.args, show2)}`);
      if (typeof remedy2.args.command === "string") lines3.push(`  - run: ${show2(remedy2.args.command)}`);
      const entry = deferralEntryLines(remedy2.args);
      if (entry !== void 0)
        lines3.push(`  - ${remedyText("add-deferral", remedy2.args, show2)}: ${show2(entry.join(" "))}`);
    }
    lines3.push("");
  }
  return lines3;
}
function gateLines(gates) {
  const cell = (value2) => untrusted(value2, { inTable: true });
  const lines3 = [
    "### Gates",
    "",
    "| Gate | Required | Status | Underlying | Evidence | Reasons |",
    "| --- | --- | --- | --- | --- | --- |"
  ];
  for (const gate2 of gates) {
    const status = `${STATUS_ICONS[gate2.status] ?? ""} ${cell(gate2.status)}`.trim();
    const underlying = gate2.underlying === void 0 ? "" : cell(gate2.underlying);
    const evidence = gate2.evidence ? `${cell(gate2.evidence.id)} ${cell(shortDigest(gate2.evidence.digest))}` : "";
    const superseded = gate2.superseded.length > 0 ? ` (+${gate2.superseded.length} superseded)` : "";
    const reasons = untrustedList(
      gate2.reasons.map((reason2) => `${reason2.code}: ${reason2.message}`),
      { inTable: true }
    );
    lines3.push(
      `| ${cell(gate2.gate)} | ${gate2.required ? "yes" : "no"} | ${status} | ${underlying} | ${evidence}${superseded} | ${reasons} |`
    );
  }
  return lines3;
}
function evidenceLines(inputs, artifacts) {
  if (inputs.length === 0) return ["### Evidence", "", "No evidence documents were given."];
  const cell = (value2) => value2 === void 0 ? "" : untrusted(value2, { inTable: true });
  const classByDigest = new Map((artifacts ?? []).map((artifact) => [artifact.digest, artifact.class]));
  const classColumn = artifacts !== void 0;
  const lines3 = [
    "### Evidence",
    "",
    `| Kind | Id |${classColumn ? " Class |" : ""} Valid | Findings | Digest |`,
    `| --- | --- |${classColumn ? " --- |" : ""} --- | --- | --- |`
  ];
  for (const input3 of inputs) {
    const id = input3.findings > 0 ? "(withheld)" : cell(input3.id);
    const documentClass = classColumn ? ` ${cell(classByDigest.get(input3.digest))} |` : "";
    const valid = input3.valid ? "yes" : "no ⛔";
    lines3.push(
      `| ${cell(input3.kind)} | ${id} |${documentClass} ${valid} | ${input3.findings} | ${cell(shortDigest(input3.digest))} |`
    );
  }
  return lines3;
}
function deferralLines(readiness) {
  if (readiness.deferrals.length === 0) return ["### Deferrals", "", "No deferrals were accepted."];
  const cell = (value2) => untrusted(value2, { inTable: true });
  const lines3 = ["### Deferrals", "", "| Deferral | Gate | Status |", "| --- | --- | --- |"];
  for (const deferral of readiness.deferrals) {
    lines3.push(`| ${cell(deferral.id)} | ${cell(deferral.gate)} | ${cell(deferral.status)} |`);
  }
  return lines3;
}
function truncationNote(omittedLines, maxBytes) {
  return `> **Note:** this summary was cut to stay under ${maxBytes} bytes; ${omittedLines} more lines were left out. The JSON output holds the complete result.`;
}
var DEFAULT_MARKDOWN_MAX_BYTES, VERDICT_ICONS, STATUS_ICONS;
var init_markdown = __esm({
  "src/format/markdown.ts"() {
    "use strict";
    init_json();
    init_bounded_lines();
    init_catalogue2();
    init_markdown_text();
    init_short_digest();
    DEFAULT_MARKDOWN_MAX_BYTES = 1024 * 1024 - 16 * 1024;
    VERDICT_ICONS = {
      ready: "✅",
      "ready-with-deferrals": "☑️",
      "awaiting-operator": "⏳",
      blocked: "❌"
    };
    STATUS_ICONS = {
      pass: "✅",
      deferred: "☑️",
      fail: "❌",
      invalid: "⛔",
      stale: "⌛",
      missing: "❔",
      mismatch: "🔀"
    };
  }
});

// src/format/problem-json.ts
function issueJson(issue2) {
  return { code: issue2.code, pointer: issue2.pointer, message: renderProblem(issue2) };
}
function findingJson({
  rule,
  class: findingClass,
  pointer,
  line,
  column,
  redacted,
  shadowed
}) {
  const shown3 = { rule, class: findingClass, pointer, line, column, redacted };
  return shadowed === true ? { ...shown3, shadowed } : shown3;
}
var init_problem_json = __esm({
  "src/format/problem-json.ts"() {
    "use strict";
    init_problem2();
  }
});

// src/privacy/catalogue.ts
function ruleHelpUri(rule) {
  return `${RULES_DOC_URL}#${rule.id}`;
}
function describeShape(rule) {
  if (rule.shape) return rule.shape;
  const sample = rule.tps.find((tp) => typeof tp === "string") ?? "";
  const prefix = rule.redactPrefix ? (rule.keywords ?? []).filter((keyword) => sample.startsWith(keyword)).sort((a, b) => b.length - a.length)[0] : void 0;
  const rest = describeRuns(prefix ? sample.slice(prefix.length) : sample);
  return prefix ? `\`${prefix}\` then ${rest}` : rest;
}
function describeRuns(text3) {
  const parts = (text3.match(RUN) ?? []).map(describeRun);
  const shown3 = parts.slice(0, MAX_PARTS);
  const more = text3.length - (text3.match(RUN) ?? []).slice(0, MAX_PARTS).join("").length;
  return `${shown3.join(" ")}${more > 0 ? ` and ${more} more characters` : ""}`;
}
function describeRun(run) {
  if (!/[A-Za-z0-9]/.test(run)) return `\`${run.replace(/\s+/g, " ").replaceAll("`", "'")}\``;
  if (/^(?:[a-z]{2,12}|[A-Z]{2,12})$/.test(run) && /[aeiouAEIOU]|^https?$/.test(run)) return `\`${run}\``;
  const n = run.length;
  if (n === 1) return `one ${/[0-9]/.test(run) ? "digit" : "letter"}`;
  if (/[+/=]/.test(run)) return `${n} base64 characters`;
  if (/^[0-9]+$/.test(run)) return `${n} digits`;
  if (/^[0-9a-f]+$/.test(run)) return `${n} hex digits`;
  if (/^[A-Z0-9]+$/.test(run)) return `${n} upper-case letters or digits`;
  if (/^[A-Za-z]+$/.test(run)) return `${n} letters`;
  return `${n} letters and digits`;
}
function renderRuleList(rules) {
  const width = Math.max(...rules.map((rule) => rule.id.length));
  return rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.class.padEnd(11)}  ${rule.title}`).join("\n");
}
var RULES_DOC_URL, MAX_PARTS, RUN;
var init_catalogue3 = __esm({
  "src/privacy/catalogue.ts"() {
    "use strict";
    RULES_DOC_URL = "https://github.com/cloudflare-saas-core/cloudflare-saas-core/blob/main/packages/release-evidence/docs/privacy.md";
    MAX_PARTS = 8;
    RUN = /:\/\/|[A-Za-z0-9+/=]+|[^A-Za-z0-9+/=:]+|:/g;
  }
});

// src/privacy/finding.ts
function makeFinding(fields) {
  const { rule, class: findingClass, pointer, line, column, redacted, shadowed } = fields;
  const code2 = `${findingClass}-finding`;
  if (shadowed === true) {
    const args = { rule, redacted, shadowed };
    return { rule, class: findingClass, pointer, line, column, redacted, shadowed, code: code2, severity: "error", args };
  }
  return {
    rule,
    class: findingClass,
    pointer,
    line,
    column,
    redacted,
    code: code2,
    severity: "error",
    args: { rule, redacted }
  };
}
var init_finding = __esm({
  "src/privacy/finding.ts"() {
    "use strict";
  }
});

// src/privacy/placeholder.ts
function isPlaceholder(secret2) {
  return FILLER.test(secret2) || EXAMPLE.test(secret2);
}
var FILLER, EXAMPLE;
var init_placeholder = __esm({
  "src/privacy/placeholder.ts"() {
    "use strict";
    FILLER = /^(?:[A-Za-z0-9]{1,16}[_.-]){0,3}[xX0*][xX0*._-]{3,}$/;
    EXAMPLE = /EXAMPLE(?:KEY)?$/;
  }
});

// src/privacy/rules/define.ts
function defineRules(privacyClass, rules) {
  return rules.map((rule) => ({ class: privacyClass, ...rule }));
}
var TOKEN_START;
var init_define = __esm({
  "src/privacy/rules/define.ts"() {
    "use strict";
    TOKEN_START = "(?<![A-Za-z0-9_-])";
  }
});

// src/privacy/rules/sample.ts
function samples(seed) {
  let state = 2654435769;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 2246822507) >>> 0;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const from = (alphabet, length) => {
    let out = "";
    for (let index = 0; index < length; index++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  return {
    alnum: (length) => from(UPPER + LOWER + DIGITS, length - 3) + from(UPPER, 1) + from(DIGITS, 1) + from(LOWER, 1),
    hex: (length) => from("0123456789abcdef", length),
    upper: (length) => from(UPPER + DIGITS, length),
    lower: (length) => from(LOWER, length),
    digits: (length) => from(DIGITS, length),
    base64: (length) => from(`${UPPER}${LOWER}${DIGITS}+/`, length),
    from
  };
}
var UPPER, LOWER, DIGITS, ASSIGNMENT_FORMS;
var init_sample = __esm({
  "src/privacy/rules/sample.ts"() {
    "use strict";
    UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    LOWER = "abcdefghijklmnopqrstuvwxyz";
    DIGITS = "0123456789";
    ASSIGNMENT_FORMS = [
      { form: "env", write: (value2) => `DEPLOY_TOKEN=${value2}` },
      { form: "spaced", write: (value2) => `deploy_token = "${value2}"` },
      { form: "colon", write: (value2) => `deployToken: "${value2}"` },
      { form: "json-member", write: (value2) => `{"deploy_token": "${value2}"}` },
      { form: "yaml", write: (value2) => `env:
  DEPLOY_TOKEN: ${value2}
` },
      { form: "flag", write: (value2) => `tool login --api-token ${value2}` },
      { form: "flag-equals", write: (value2) => `tool login --password=${value2}` },
      { form: "header", write: (value2) => `curl -H 'X-Api-Key: ${value2}' https://api.example.com/` }
    ];
  }
});

// src/privacy/rules/assignment.ts
function isStandIn(value2, { classifyKey: classifyKey2 }) {
  return REFERENCE.test(value2) || isPlaceholder(value2) || SECRET_NAME.test(value2) && classifyKey2(value2) === "secret";
}
function valueAt(text3, index) {
  VALUE_AT.lastIndex = index;
  return VALUE_AT.exec(text3)?.[0] ?? "";
}
var s, VALUE2, REFERENCE, SECRET_NAME, SECRET_NAME_ENDINGS, VALUE_AT, authorizationTps, ASSIGNMENT_RULES;
var init_assignment = __esm({
  "src/privacy/rules/assignment.ts"() {
    "use strict";
    init_placeholder();
    init_define();
    init_sample();
    s = samples("assignment");
    VALUE2 = "[^\\s\"'`&;,<>(){}\\[\\]]";
    REFERENCE = /^[$<*%]/;
    SECRET_NAME = /^[A-Z][A-Z0-9_]{2,}$/;
    SECRET_NAME_ENDINGS = {
      secret: "secret",
      token: "token",
      key: "key",
      password: "password",
      passwd: "passwd",
      credential: "credentials?",
      authorization: "authorization",
      cookie: "cookie",
      session: "session",
      signature: "signature"
    };
    VALUE_AT = new RegExp(`${VALUE2}{8,400}`, "y");
    authorizationTps = [
      `Authorization: ${"Bearer"} ${s.alnum(40)}`,
      `Authorization: ${"Basic"} ${btoa(`deploy:${s.alnum(18)}`)}`,
      `-H 'Authorization: token ${s.alnum(40)}'`,
      `Authorization: ${s.alnum(32)}`
    ];
    ASSIGNMENT_RULES = defineRules("credential", [
      {
        id: "authorization-value",
        title: "Authorization header value",
        description: "A Bearer or Basic credential, or any Authorization value (no scheme, or the token or bot scheme).",
        keywords: ["bearer", "basic", "authorization"],
        // After the header name, the lower-case run before the first digit or capital is read once (a lookahead never
        // backtracks): `authorization=` repeated, where every name starts a candidate, cost 106-109 ms per MiB.
        pattern: /\b(?:Bearer|Basic|BEARER|BASIC|bearer)[ \t]{1,5}(?=[a-z._~+/=-]{0,400}[0-9A-Z])(?<secret>[A-Za-z0-9._~+/=-]{16,4096})|(?:[Aa]uthorization|AUTHORIZATION)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?:(?:[Tt]oken|[Bb]ot|TOKEN|[Bb]earer|[Bb]asic)[ \t]{1,5})?(?=(?=(?<lower>[a-z._~+/=-]{0,400}))\k<lower>[0-9A-Z])[A-Za-z0-9._~+/=-]{16,4096}/,
        tps: authorizationTps,
        fps: [
          "Bearer tokens are never logged by the smoke runner",
          "authorization header is stripped before logging",
          `Authorization: ${"Bearer"} ${"x".repeat(40)}`
        ]
      },
      {
        id: "secret-assignment",
        title: "Secret assigned to a name",
        description: 'A value of 8 or more characters assigned to a secret-like name: NAME=value, name: value, "name": "value", YAML, or a --flag.',
        // Every secret-like name ends in one of these words (keys.ts), so the pattern looks only at such names, and a
        // string without any of them is never tried (most strings: labels, timestamps, `check-12`). The pattern stops
        // at the start of the value, so a name it refuses does not hide a later one inside that value
        // (`note: DEPLOY_TOKEN=…`); `accept` reads the value from there.
        keywords: Object.keys(SECRET_NAME_ENDINGS),
        pattern: new RegExp(
          `(?<![A-Za-z0-9_.-])-{0,2}["']?(?<name>[A-Za-z0-9_.-]{0,63}?(?:${Object.values(SECRET_NAME_ENDINGS).join("|")}))["']?(?:[ \\t]{0,3}[=:][ \\t]{0,3}|(?<=-[A-Za-z0-9_.-]{1,64})[ \\t]{1,3})["']?(?=${VALUE2}{8})`,
          "i"
        ),
        accept: (match, tools) => {
          const start = match.index + match[0].length;
          if (/[$<*%-]/.test(match.input[start] ?? "") || tools.classifyKey(match.groups?.name ?? "") !== "secret") {
            return false;
          }
          return !isStandIn(valueAt(match.input, start), tools);
        },
        tps: [
          ...ASSIGNMENT_FORMS.map(({ write }) => write(s.alnum(24))),
          // One name per ending, so a word dropped from the table fails here, not only in the docs.
          `session=${s.alnum(24)}`,
          `cookie: ${s.alnum(24)}`,
          `"signature": "${s.alnum(24)}"`,
          `DB_CREDENTIALS=${s.alnum(24)}`,
          `db_credential: ${s.alnum(24)}`,
          `AUTHORIZATION=${s.alnum(24)}`,
          `smtp_passwd=${s.alnum(24)}`,
          `admin_password: ${s.alnum(24)}`,
          `client_secret=${s.alnum(24)}`,
          `api_key: ${s.alnum(24)}`,
          `refresh_token=${s.alnum(24)}`
        ],
        fps: [
          ["DEPLOY_TOKEN=$", "{{ secrets.DEPLOY_TOKEN }}"].join(""),
          "token: GITHUB_TOKEN",
          `password: ${"*".repeat(12)}`,
          "token budget: 1200 input tokens and 300 output tokens",
          "inputTokens: 12000000",
          "--api-token --verbose"
        ]
      },
      {
        id: "curl-user-password",
        title: "User and password on a command line",
        description: "A user:password pair given to curl -u / --user (or any tool with that flag).",
        keywords: ["-u", "--user"],
        pattern: (
          // The flag must follow a space, a quote or the start, none of which a user or password may hold: so no two
          // candidates share a password, and a text costs its length (`-u=a:` repeated, tried at each `-u`, cost 185-375 ms
          // per MiB).
          /(?<![^\s"'])(?:-u|--user)(?:[ \t]{1,3}|=)["']?[^\s:"'@]{1,64}:(?<secret>[^\s"'@]{6,200})(?=["'\s]|$)/
        ),
        accept: (match, tools) => !isStandIn(match.groups?.secret ?? "", tools),
        tps: [
          `curl -u deploy:${s.alnum(16)} https://api.example.com/`,
          `curl --user 'ci:${s.alnum(20)}' https://x.test/`,
          `args="-u=ci:${s.alnum(16)}"`
        ],
        fps: ['curl -u "$USER:$PASSWORD" https://api.example.com/', "ls -u a", "docker run -u 1000:1000 node"]
      }
    ]);
  }
});

// src/privacy/rules/context.ts
function statusWith(extensions, kind = "release-status") {
  return { document: { contract: "release-evidence/v1", kind, id: "sample", generatedAt: GENERATED_AT, extensions } };
}
function isSecretValue(text3, context, nearest) {
  return !context.isKey && (context.keyKind === "secret" || context.underSecret) && context.role !== "secretName" && text3.length >= 8 && !PUBLIC_MEMBER.test(nearest) && !isPlaceholder(text3);
}
function isFingerprintKey(context) {
  if (!context.isKey) return false;
  if (context.keyKind === "secret-fingerprint") return context.inExtensions || context.underSecret;
  return context.keyKind === "fingerprint" && (context.inExtensions && context.documentKind === "secret-rotation-receipt" || context.underSecret || context.nextToSecretName);
}
var s2, GENERATED_AT, PUBLIC_MEMBER, CONTEXT_CREDENTIAL_RULES;
var init_context = __esm({
  "src/privacy/rules/context.ts"() {
    "use strict";
    init_placeholder();
    init_define();
    init_sample();
    s2 = samples("context");
    GENERATED_AT = "2026-11-20T10:00:00Z";
    PUBLIC_MEMBER = /(?:^|[a-z_-])(?:name|Name|NAME)$|[a-z]At$|^(?:kind|type|status|store|environment)$/;
    CONTEXT_CREDENTIAL_RULES = defineRules("credential", [
      {
        id: "secret-key-value",
        title: "Value under a secret-like key",
        description: "A string of 8 or more characters under a secret-like key, at any depth below it (token, secret, password, *Key, credentials: { value }).",
        shape: "a string of 8 or more characters under a member such as apiKey, accesstoken or credentials",
        detect: (text3, context) => isSecretValue(text3, context, context.nearestName) ? text3 : void 0,
        tps: [
          statusWith({ "x-deploy": { apiKey: s2.lower(16) } }),
          statusWith({ "x-deploy": { accesstoken: s2.lower(16) } }),
          statusWith({ "x-deploy": { GITHUBTOKEN: s2.lower(16) } }),
          statusWith({ "x-deploy": { credentials: { value: s2.lower(16) } } })
        ],
        fps: [
          statusWith({ "x-usage": { inputTokens: 1200, apiKey: 12345678 } }),
          statusWith({ "x-deploy": { monkey: s2.lower(16), secretName: "CLOUDFLARE_API_TOKEN" } }),
          statusWith({ "x-deploy": { credentials: { name: "DEPLOY_TOKEN", rotatedAt: GENERATED_AT } } }),
          statusWith({ "x-deploy": { apiToken: `gh${"p_"}${"x".repeat(36)}` } })
        ]
      },
      {
        id: "secret-fingerprint-key",
        title: "Secret fingerprint",
        description: "A hash, fingerprint, prefix, suffix or length of a secret: a key such as tokenSha256 or secretPrefix in extensions, or a bare fingerprint key (hash, last4, prefix, …) next to a secret name, under a secret-like key, or in a rotation receipt’s extensions.",
        shape: "a member such as tokenSha256, or last4 beside a secret name",
        detect: (text3, context) => isFingerprintKey(context) ? text3 : void 0,
        tps: [
          statusWith({ "x-audit": { tokenSha256: "n/a" } }),
          statusWith({ "x-rotation": { name: "DEPLOY_TOKEN", last4: s2.digits(4) } }),
          statusWith({ "x-deploy-token": { hash: s2.hex(8) } }),
          statusWith({ "x-rotation": { last4: s2.digits(4) } }, "secret-rotation-receipt")
        ],
        fps: [statusWith({ "x-build": { prefix: "v1", hash: s2.hex(8) } })]
      },
      {
        id: "receipt-hex-fingerprint",
        title: "Hex fingerprint in a rotation receipt",
        description: "A 32–128 hex value in a secret-rotation receipt’s extensions: receipts never hold a hash of a secret.",
        shape: "32 to 128 hex digits in a rotation receipt’s extensions",
        detect: (text3, context) => !context.isKey && context.inExtensions && context.documentKind === "secret-rotation-receipt" && /(?<![0-9a-fA-F])[0-9a-fA-F]{32,128}(?![0-9a-fA-F])/.test(text3) ? text3 : void 0,
        tps: [statusWith({ "x-previous": s2.hex(64) }, "secret-rotation-receipt")],
        fps: [statusWith({ "x-previous": s2.hex(64) })]
      }
    ]);
  }
});

// src/privacy/rules/credential.ts
var s3, hasDigit, pad, pem, jwtPart, CREDENTIAL_RULES;
var init_credential = __esm({
  "src/privacy/rules/credential.ts"() {
    "use strict";
    init_define();
    init_sample();
    s3 = samples("credential");
    hasDigit = (match) => /[0-9]/.test(match[0]);
    pad = (char, length) => char.repeat(length);
    pem = (kind, body) => `-----BEGIN ${kind}PRI${"VATE KEY"}-----
${body}-----END ${kind}PRI${"VATE KEY"}-----`;
    jwtPart = (json) => btoa(json).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
    CREDENTIAL_RULES = defineRules("credential", [
      {
        id: "cloudflare-api-token",
        title: "Cloudflare API token",
        description: "A Cloudflare user, account or key token (cfut_, cfat_, cfk_ prefixes).",
        keywords: ["cfut_", "cfat_", "cfk_"],
        redactPrefix: true,
        pattern: new RegExp(`${TOKEN_START}(?:cfut|cfat|cfk)_[A-Za-z0-9_-]{40,120}`),
        tps: [`cf${"ut_"}${s3.alnum(40)}`, `cf${"at_"}${s3.alnum(40)}`, `cf${"k_"}${s3.alnum(48)}`],
        fps: [`cf${"ut_"}${s3.alnum(20)}`, `cf${"ut_"}${pad("x", 40)}`]
      },
      {
        id: "cloudflare-legacy-token",
        title: "Cloudflare legacy API token or global API key",
        description: "A 37–40 character Cloudflare API token or global API key next to a Cloudflare key name or X-Auth-Key.",
        keywords: ["cloudflare", "cf_api", "cf-api", "x-auth-key"],
        pattern: /(?:cloudflare[_ -]?(?:api[_ -]?)?(?:token|key)|cf[_-]api[_-](?:token|key)|x-auth-key)["']?[ \t]{0,3}[:= \t][ \t]{0,3}["']?(?<secret>[A-Za-z0-9_-]{37,40})(?![A-Za-z0-9_-])/i,
        tps: [
          `CLOUDFLARE_API_${"TOKEN"}: ${s3.alnum(40)}`,
          `X-Auth-${"Key"}: ${s3.hex(37)}`,
          `"cf_api_key": "${s3.hex(37)}"`,
          `--cloudflare-api-token ${s3.alnum(40)}`
        ],
        fps: ["CLOUDFLARE_API_TOKEN is rotated monthly", `CLOUDFLARE_API_TOKEN: ${pad("x", 40)}`]
      },
      {
        id: "cloudflare-origin-ca-key",
        title: "Cloudflare Origin CA key",
        description: "A Cloudflare Origin CA service key (v1.0- followed by hex).",
        keywords: ["v1.0-"],
        redactPrefix: true,
        pattern: /v1\.0-[0-9a-f]{24}-[0-9a-f]{140,170}/,
        tps: [`v1${".0-"}${s3.hex(24)}-${s3.hex(146)}`],
        fps: ["release v1.0-rc1 shipped"]
      },
      {
        id: "github-token",
        title: "GitHub token",
        description: "A GitHub personal, OAuth, user-to-server, server-to-server or refresh token.",
        keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
        redactPrefix: true,
        pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}/,
        tps: ["p", "o", "u", "s", "r"].map((kind) => `gh${kind}_${s3.alnum(36)}`),
        fps: [`gh${"p_"}${pad("x", 36)}`, `gh${"p_"}${pad("X", 36)}`, `gh${"p_"}${s3.alnum(20)}`]
      },
      {
        id: "github-fine-grained-token",
        title: "GitHub fine-grained personal access token",
        description: "A GitHub fine-grained personal access token (github_pat_).",
        keywords: ["github_pat_"],
        redactPrefix: true,
        pattern: /\bgithub_pat_[A-Za-z0-9_]{40,255}/,
        tps: [`github${"_pat_"}${s3.alnum(22)}_${s3.alnum(59)}`],
        fps: [`github${"_pat_"}${pad("x", 82)}`]
      },
      {
        id: "aws-access-key-id",
        title: "AWS access key id",
        description: "An AWS access key id (AKIA, ASIA and related prefixes).",
        keywords: ["AKIA", "ASIA", "ABIA", "ACCA", "AIDA", "AROA", "AGPA", "ANPA", "ANVA", "APKA", "AIPA"],
        redactPrefix: true,
        pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|AIPA)[A-Z0-9]{16}(?![A-Z0-9])/,
        tps: [`AK${"IA"}${s3.upper(16)}`, `AS${"IA"}${s3.upper(16)}`],
        fps: [`AK${"IA"}${pad("X", 16)}`, `AK${"IA"}IOSFODNN7${"EXAMPLE"}`, `AK${"IA"}${s3.upper(10)}`]
      },
      {
        id: "aws-secret-access-key",
        title: "AWS secret access key",
        description: "A 40-character AWS secret access key next to its key name.",
        keywords: ["secret"],
        pattern: /(?:aws[_ -]?secret[_ -]?(?:access[_ -]?)?key|secretaccesskey)["']?[ \t]{0,3}[:= \t][ \t]{0,3}["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/i,
        tps: [
          `aws_secret_access_${"key"} = ${s3.base64(40)}`,
          `"SecretAccess${"Key"}": "${s3.base64(40)}"`,
          `--aws-secret-access-key ${s3.base64(40)}`
        ],
        fps: [`aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${"EXAMPLEKEY"}`, "AWS_SECRET_ACCESS_KEY is set"]
      },
      {
        id: "anthropic-api-key",
        title: "Anthropic API key",
        description: "An Anthropic API or admin key (sk-ant-).",
        keywords: ["sk-ant-"],
        redactPrefix: true,
        pattern: new RegExp(`${TOKEN_START}sk-ant-[A-Za-z0-9_-]{20,300}`),
        tps: [`s${"k-ant-api03-"}${s3.alnum(93)}AA`],
        fps: [`s${"k-ant-"}${pad("x", 40)}`]
      },
      {
        id: "openai-api-key",
        title: "OpenAI API key",
        description: "An OpenAI API key (sk-, sk-proj-, sk-svcacct-, sk-admin-).",
        keywords: ["sk-proj-", "sk-svcacct-", "sk-admin-", "sk-"],
        redactPrefix: true,
        pattern: new RegExp(`${TOKEN_START}sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}`),
        // Real keys always hold a digit; hyphenated words after `sk-` do not.
        accept: hasDigit,
        tps: [`s${"k-"}${s3.alnum(48)}`, `s${"k-proj-"}${s3.alnum(64)}`, `s${"k-svcacct-"}${s3.alnum(64)}`],
        fps: ["sk-learn-and-friends-are-installed-here", `s${"k-proj-"}${pad("x", 40)}`]
      },
      {
        id: "stripe-secret-key",
        title: "Stripe secret or restricted key",
        description: "A Stripe secret or restricted API key, live or test (sk_live_, sk_test_, rk_live_, rk_test_).",
        keywords: ["sk_live_", "sk_test_", "rk_live_", "rk_test_"],
        redactPrefix: true,
        pattern: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,512}/,
        tps: [`s${"k_live_"}${s3.alnum(24)}`, `r${"k_test_"}${s3.alnum(24)}`, `r${"k_live_"}51${s3.alnum(105)}`],
        fps: [`s${"k_live_"}${pad("0", 24)}`]
      },
      {
        id: "stripe-webhook-secret",
        title: "Stripe webhook signing secret",
        description: "A Stripe webhook signing secret (whsec_).",
        keywords: ["whsec_"],
        redactPrefix: true,
        pattern: /\bwhsec_[A-Za-z0-9+/=]{24,255}/,
        tps: [`wh${"sec_"}${s3.alnum(32)}`],
        fps: [`wh${"sec_"}${pad("*", 32)}`]
      },
      {
        id: "slack-token",
        title: "Slack token",
        description: "A Slack bot, user, app, refresh or configuration token (xoxb-, xoxp-, xoxa-, xoxe-, …).",
        keywords: ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxs-", "xoxr-", "xoxe-", "xoxe."],
        redactPrefix: true,
        pattern: /\bxox(?:e\.xox[bp]|[abposre])-[A-Za-z0-9-]{10,255}/,
        tps: [`xo${"xb-"}${s3.digits(12)}-${s3.digits(12)}-${s3.alnum(24)}`, `xo${"xp-"}${s3.digits(12)}-${s3.alnum(32)}`],
        fps: [`xo${"xb-"}${pad("0", 12)}-${pad("0", 12)}-${pad("x", 24)}`]
      },
      {
        id: "slack-app-token",
        title: "Slack app-level token",
        description: "A Slack app-level token (xapp-), used for Socket Mode connections.",
        keywords: ["xapp-"],
        redactPrefix: true,
        pattern: /\bxapp-[0-9]{1,2}-[A-Z0-9]{8,16}-[0-9]{8,16}-[A-Za-z0-9]{32,128}/,
        tps: [`xa${"pp-"}1-A${s3.upper(10)}-${s3.digits(13)}-${s3.hex(64)}`],
        fps: ["xapp-1-settings"]
      },
      {
        id: "slack-webhook-url",
        title: "Slack webhook URL",
        description: "A Slack incoming-webhook or workflow trigger URL, which works as a credential.",
        keywords: ["hooks.slack.com"],
        pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{8,255}/,
        tps: [`https://hooks.${"slack.com"}/services/T${s3.upper(8)}/B${s3.upper(8)}/${s3.alnum(24)}`],
        fps: ["https://api.slack.com/messaging/webhooks"]
      },
      {
        id: "npm-token",
        title: "npm access token",
        description: "An npm access token (npm_).",
        keywords: ["npm_"],
        redactPrefix: true,
        pattern: /\bnpm_[A-Za-z0-9]{36,64}/,
        tps: [`np${"m_"}${s3.alnum(36)}`],
        fps: ["npm_config_registry", `np${"m_"}${pad("x", 36)}`]
      },
      {
        id: "google-api-key",
        title: "Google API key",
        description: "A Google API key (AIza).",
        keywords: ["AIza"],
        redactPrefix: true,
        pattern: /\bAIza[0-9A-Za-z_-]{35}/,
        tps: [`AI${"za"}${s3.alnum(35)}`],
        fps: [`AI${"za"}${pad("x", 35)}`]
      },
      {
        id: "replicate-api-token",
        title: "Replicate API token",
        description: "A Replicate API token (r8_).",
        keywords: ["r8_"],
        redactPrefix: true,
        pattern: /\br8_[A-Za-z0-9]{30,64}/,
        tps: [`r8${"_"}${s3.alnum(37)}`],
        fps: [`r8${"_"}${pad("x", 37)}`]
      },
      {
        id: "huggingface-token",
        title: "Hugging Face token",
        description: "A Hugging Face user access token (hf_): random letters, not an identifier that starts with hf_.",
        keywords: ["hf_"],
        redactPrefix: true,
        pattern: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,64}(?![A-Za-z0-9_])/,
        // Random mixed case has many capitals; a CamelCase identifier such as hf_LoadPretrainedModelFromHubConfig few.
        accept: (match) => (match[0].match(/[A-Z0-9]/g)?.length ?? 0) >= 8,
        tps: [`h${"f_"}${s3.alnum(34)}`, `h${"f_"}${s3.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)}`],
        fps: ["hf_LoadPretrainedModelFromHubConfigs", "static int ggml_hf_tokenizer_load_vocabulary_file(void);"]
      },
      {
        id: "jwt",
        title: "JSON Web Token",
        description: "A JSON Web Token (base64url header and payload that both start with eyJ).",
        keywords: ["eyJ"],
        redactPrefix: true,
        pattern: new RegExp(`${TOKEN_START}eyJ[A-Za-z0-9_-]{8,4096}\\.eyJ[A-Za-z0-9_-]{2,8192}\\.[A-Za-z0-9_-]{0,4096}`),
        tps: [
          `${jwtPart('{"alg":"HS256","typ":"JWT"}')}.${jwtPart(`{"sub":"${s3.lower(8)}","iat":1700000000}`)}.${s3.alnum(43)}`
        ],
        fps: ["eyJhbGciOi is how every JWT header starts"]
      },
      {
        id: "pem-private-key",
        title: "PEM private key",
        description: "A PEM-encoded private key block with a body (an empty block is a placeholder).",
        keywords: ["private key"],
        pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----(?:[ \t\r\n]{0,4}(?:[A-Za-z-]{1,30}:[^\r\n]{0,200}[\r\n]{1,4}){0,4}[ \t\r\n]{0,4}[A-Za-z0-9+/=]{16}|$)/,
        tps: [pem("RSA ", `${s3.base64(64)}
`), pem("", `${s3.base64(64)}
${s3.base64(20)}
`)],
        // Raw text that is not JSON is scanned line by line, where a header line is judged alone: empty blocks are
        // samples as string values.
        fps: [{ document: { note: pem("", "") } }, { document: { note: pem("RSA ", "\n") } }, "private key material"]
      }
    ]);
  }
});

// src/privacy/rules/identity.ts
var s4, uuid, IDENTITY_RULES;
var init_identity = __esm({
  "src/privacy/rules/identity.ts"() {
    "use strict";
    init_context();
    init_define();
    init_sample();
    s4 = samples("identity");
    uuid = () => `${s4.hex(8)}-${s4.hex(4)}-4${s4.hex(3)}-a${s4.hex(3)}-${s4.hex(12)}`;
    IDENTITY_RULES = defineRules("identity", [
      {
        id: "uuid",
        title: "UUID",
        description: "A UUID, the usual shape of raw user, account, workspace and resource ids.",
        pattern: /(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])/,
        tps: [uuid(), `run-${uuid()}-retry`],
        fps: ["2026-11-20T10:00:00Z"]
      },
      {
        id: "hex-32-id",
        title: "32-hex id",
        description: "A 32-character hex id: Cloudflare account, zone, namespace and database ids have this shape.",
        // Inside a longer token (key-…, shpat_…, SK…) the hex is part of a credential, not an id.
        pattern: /(?<![0-9A-Za-z_-])[0-9a-f]{32}(?![0-9A-Za-z_-])/,
        tps: [s4.hex(32)],
        fps: [s4.hex(40), s4.hex(64), `sha512-${btoa(s4.hex(48))}`]
      },
      {
        id: "prefixed-id",
        title: "Prefixed actor or account id",
        description: "An id such as user_…, usr_…, acct_…, org_… or ws_… (holding a digit) that names a person or account.",
        keywords: [
          "user_",
          "usr_",
          "cust_",
          "customer_",
          "acct_",
          "account_",
          "org_",
          "ws_",
          "workspace_",
          "member_",
          "owner_",
          "actor_",
          "tenant_"
        ],
        redactPrefix: true,
        pattern: /(?<![A-Za-z0-9_])(?:user|usr|cust|customer|acct|account|org|ws|workspace|member|owner|actor|tenant)_(?=[A-Za-z]{0,63}[0-9])[A-Za-z0-9]{8,64}(?![A-Za-z0-9])/,
        tps: [`user${"_"}${s4.alnum(16)}`, `acct${"_"}${s4.alnum(16)}`],
        fps: ["user_onboarding_flow", "org_settings"]
      },
      {
        id: "stripe-customer-id",
        title: "Stripe customer id",
        description: "A Stripe customer id (cus_ and 14 or more letters or digits, with or without a digit).",
        keywords: ["cus_"],
        redactPrefix: true,
        pattern: /(?<![A-Za-z0-9_])cus_[A-Za-z0-9]{14,24}(?![A-Za-z0-9_])/,
        tps: [`cus${"_"}${s4.alnum(14)}`, `cus${"_"}${s4.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 14)}`],
        fps: ["cus_short", `cus${"_"}${"x".repeat(14)}`]
      },
      {
        id: "email-address",
        title: "E-mail address",
        description: "An e-mail address (plain or in a mailto: link), which identifies a person.",
        keywords: ["@"],
        pattern: /(?:(?<=mailto:)|(?<![A-Za-z0-9._%+:/-]))[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/,
        tps: [`${s4.lower(5)}.${s4.lower(6)}@${s4.lower(7)}.com`, `mailto:${s4.lower(6)}@example.org`],
        fps: ["@media-app/release", "scope @cloudflare-saas-core"]
      },
      {
        id: "identity-key",
        title: "Value under an identity key",
        description: "Any value under an identity key in extensions (userId, accountId, workspaceId, email, login, …).",
        shape: "any value under a member such as userId, accountId or login in extensions",
        detect: (text3, context) => context.isKey && context.inExtensions && context.keyKind === "identity" ? text3 : void 0,
        tps: [statusWith({ "x-actor": { userId: 1e5 } }), statusWith({ "x-review": { login: s4.lower(8) } })],
        fps: [statusWith({ "x-ci": { runId: 42, workflowId: 7 } })]
      }
    ]);
  }
});

// src/privacy/rules/media.ts
var s5, BLOB_BYTES, bytesToBase64, signature, noise, MEDIA_RULES;
var init_media = __esm({
  "src/privacy/rules/media.ts"() {
    "use strict";
    init_define();
    init_sample();
    s5 = samples("media");
    BLOB_BYTES = 1024;
    bytesToBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
    signature = (text3) => [...text3].map((char) => char.charCodeAt(0));
    noise = (length) => Array.from({ length }, (_, index) => (index * 73 + 41) % 256);
    MEDIA_RULES = defineRules("media", [
      {
        id: "data-url",
        title: "data: URL",
        description: "A data: URL with a media type, which embeds file bytes.",
        keywords: ["data:"],
        redactPrefix: true,
        pattern: /\bdata:[a-z]{1,20}\/[A-Za-z0-9.+-]{1,60}[;,]/i,
        tps: [`data:image/png;base64,${bytesToBase64([137, ...signature("PNG"), 13, 10, 26, 10, ...noise(30)])}`],
        fps: ["metadata: refreshed"]
      },
      {
        id: "image-base64",
        title: "Base64 image bytes",
        description: "Base64 that starts with a PNG, JPEG, GIF (87a or 89a) or WebP signature.",
        keywords: ["iVBORw0KGgo", "/9j/", "R0lGOD", "UklGR"],
        pattern: /(?<![A-Za-z0-9+/])(?:iVBORw0KGgo|\/9j\/[A-Za-z0-9+/]|R0lGOD[dl]h|UklGR[A-Za-z0-9+/]{6}XRUJQ)/,
        tps: [
          bytesToBase64([137, ...signature("PNG"), 13, 10, 26, 10, ...noise(30)]),
          bytesToBase64([255, 216, 255, 224, ...noise(30)]),
          bytesToBase64([...signature("GIF87a"), ...noise(30)]),
          bytesToBase64([...signature("GIF89a"), ...noise(30)]),
          bytesToBase64([...signature("RIFF"), 36, 1, 0, 0, ...signature("WEBPVP8 "), ...noise(30)])
        ],
        fps: ["R0lGODh is no GIF signature", "UklGRi is the start of RIFF"]
      },
      {
        id: "base64-blob",
        title: "Base64 blob",
        description: "A base64 run of 1 KiB or more: file or image bytes have no place in evidence.",
        pattern: new RegExp(`(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{${BLOB_BYTES}}`),
        tps: [s5.base64(1100)],
        fps: [s5.base64(1e3), `sha512-${s5.base64(86)}==`]
      }
    ]);
  }
});

// src/privacy/hosts.ts
function isPrivateAuthority(authority) {
  const host = hostOf(authority);
  if (host === "") return false;
  const name = host.endsWith(".") ? host.slice(0, -1) : host;
  if (name === "localhost" || NAME_SUFFIXES.some((suffix) => name.endsWith(suffix))) return true;
  if (!host.startsWith("[") && !NUMERIC_LABEL.test(host)) return false;
  const parsed = parseHost(host);
  if (parsed === void 0) return false;
  return parsed.startsWith("[") ? isPrivateIpv6(parsed.slice(1, -1)) : isPrivateIpv4(parsed);
}
function hostOf(authority) {
  const afterUser = authority.slice(authority.lastIndexOf("@") + 1).toLowerCase();
  if (afterUser.startsWith("[")) {
    const end = afterUser.indexOf("]");
    return end === -1 ? "" : afterUser.slice(0, end + 1);
  }
  const colon = afterUser.indexOf(":");
  return colon === -1 ? afterUser : afterUser.slice(0, colon);
}
function parseHost(host) {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return void 0;
  }
}
function isPrivateIpv4(address) {
  const parts = address.split(".").map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part))) return false;
  const [a = -1, b = -1] = parts;
  return a === 127 || a === 10 || a === 0 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254 || a === 100 && b >= 64 && b <= 127;
}
function isPrivateIpv6(address) {
  if (address === "::1" || address === "::") return true;
  if (/^f[cd]/.test(address) || /^fe[89ab]/.test(address)) return true;
  const mapped = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (!mapped) return false;
  const high = Number.parseInt(mapped[1], 16);
  const low = Number.parseInt(mapped[2], 16);
  return isPrivateIpv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
}
var NAME_SUFFIXES, NUMERIC_LABEL;
var init_hosts = __esm({
  "src/privacy/hosts.ts"() {
    "use strict";
    NAME_SUFFIXES = [".internal", ".local", ".localhost"];
    NUMERIC_LABEL = /(?:^|\.)(?:0x[0-9a-f]*|[0-9]+)\.?$/;
  }
});

// src/privacy/rules/private-url.ts
var s6, SIGNED_PARAMETERS, PRIVATE_URL_RULES;
var init_private_url = __esm({
  "src/privacy/rules/private-url.ts"() {
    "use strict";
    init_hosts();
    init_define();
    init_sample();
    s6 = samples("private-url");
    SIGNED_PARAMETERS = "x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|sig|signature|token|key|access_token|refresh_token|id_token|api_key|apikey|client_secret|secret|password|auth|code";
    PRIVATE_URL_RULES = defineRules("private-url", [
      {
        id: "url-userinfo",
        title: "URL with credentials",
        description: "A URL with userinfo (user:password@host).",
        keywords: ["://"],
        pattern: /:\/\/[^\s/?#@"'<>]{1,256}@[A-Za-z0-9[]/,
        tps: [`https://deploy:${s6.alnum(12)}@api.example.com/`],
        fps: ["https://github.com/acme/media-app/actions/runs/42"]
      },
      {
        id: "url-signed-query",
        title: "Signed or secret URL parameter",
        description: "A URL query with a signature, credential or token parameter (X-Amz-Signature, sig, token, key, …).",
        keywords: ["?", "&"],
        pattern: new RegExp(`[?&](?:${SIGNED_PARAMETERS})=[^\\s&#"']`, "i"),
        tps: [`https://cdn.example.com/a.txt?X-Amz-Signature=${s6.hex(64)}`],
        fps: ["https://example.com/search?q=token"]
      },
      {
        id: "url-private-host",
        title: "Private or local host",
        description: "A URL to a loopback, private-range, unspecified or link-local address in any form a URL parser reads (decimal, hex, octal, short, IPv6, IPv4-mapped), localhost (with or without a trailing dot), or a host under .internal, .local or .localhost.",
        keywords: ["://"],
        // The pattern keeps only hosts that can be private (local names, numeric or hex last labels, IPv6 literals), so
        // ordinary URLs cost one failed match; `accept` then judges the host as a URL parser reads it.
        pattern: /:\/\/(?:[^\s/?#@"'<>\\]{0,256}@)?(?:\[[^\]\s/]{1,64}\]|[A-Za-z0-9.-]{0,253}(?:localhost|\.local|\.internal)\.?(?![A-Za-z0-9-])|(?:[A-Za-z0-9.-]{0,253}\.)?(?:0x[0-9A-Fa-f]{0,8}|[0-9]{1,12})\.?(?![A-Za-z0-9.-]))/i,
        accept: (match) => isPrivateAuthority(match[0].slice(3)),
        tps: [
          "http://localhost:8080/health",
          "http://localhost./",
          "http://10.1.2.3:8080/status",
          "http://169.254.169.254/latest/meta-data",
          "http://2130706433/",
          "http://0x7f000001/",
          "http://0177.0.0.1/",
          "http://127.1/",
          "http://[::1]:8787/",
          "http://[::ffff:127.0.0.1]/",
          "http://[fd00::1]/",
          `https://api.${s6.lower(6)}.internal/status`,
          `http://${s6.lower(7)}.local/`
        ],
        fps: ["https://staging.example.com/", "http://1.2.3.4/", "https://example.123abc/", "http://[2001:db8::1]/"]
      }
    ]);
  }
});

// src/privacy/rules/provider.ts
var s7, PREFIXES, PROVIDER_RULES;
var init_provider = __esm({
  "src/privacy/rules/provider.ts"() {
    "use strict";
    init_context();
    init_define();
    init_sample();
    s7 = samples("provider");
    PREFIXES = [
      "chatcmpl",
      "req",
      "request",
      "msg",
      "pred",
      "prediction",
      "exec",
      "execution",
      "resp",
      "log",
      "gen",
      "generation"
    ];
    PROVIDER_RULES = defineRules("provider", [
      {
        id: "ai-gateway-metadata",
        title: "AI Gateway metadata",
        description: "An AI Gateway header (cf-aig-*) or a gateway URL, which carries the account id and gateway name.",
        keywords: ["cf-aig-", "gateway.ai.cloudflare.com"],
        redactPrefix: true,
        pattern: /\bcf-aig-[a-z-]{2,40}|gateway\.ai\.cloudflare\.com\/v1\/[A-Za-z0-9]/i,
        tps: [`cf-aig-log-id: ${s7.lower(4)}${s7.digits(6)}`, `https://gateway.ai.${"cloudflare.com"}/v1/${s7.hex(8)}/gw`],
        fps: ["AI Gateway logs are off"]
      },
      {
        id: "cf-ray-id",
        title: "Cloudflare Ray id",
        description: "A cf-ray request id (16 hex and a data-centre code).",
        pattern: /(?<![0-9A-Za-z])[0-9a-f]{16}-[A-Z]{3}(?![A-Za-z0-9])/,
        tps: [`${s7.hex(16)}-SJC`],
        fps: ["deadbeef-ABC"]
      },
      {
        id: "provider-request-id",
        title: "Provider request, prediction or log id",
        description: "A raw provider id: chatcmpl-, req_, msg_, pred_, exec_, resp_, log_ and similar prefixes.",
        keywords: PREFIXES.flatMap((prefix) => [`${prefix}_`, `${prefix}-`]),
        redactPrefix: true,
        pattern: new RegExp(
          `(?<![A-Za-z0-9_-])(?:${PREFIXES.join("|")})[_-](?=[A-Za-z]{0,63}[0-9])[A-Za-z0-9]{16,64}(?![A-Za-z0-9])`
        ),
        tps: [`req${"_"}${s7.alnum(24)}`, `chatcmpl-${s7.alnum(29)}`],
        fps: ["request-validation-passed", "log-level-debug"]
      },
      {
        id: "provider-id-key",
        title: "Value under a provider id key",
        description: "Any value under a provider id key in extensions (requestId, predictionId, executionId, logId, cfRay, …).",
        shape: "any value under a member such as requestId or predictionId in extensions",
        detect: (text3, context) => context.isKey && context.inExtensions && context.keyKind === "provider" ? text3 : void 0,
        tps: [statusWith({ "x-provider": { predictionId: s7.lower(26) } })],
        fps: [statusWith({ "x-provider": { model: "flux-schnell" } })]
      }
    ]);
  }
});

// src/privacy/rules/saas.ts
var s8, T, END, x, named, SAAS_RULES;
var init_saas = __esm({
  "src/privacy/rules/saas.ts"() {
    "use strict";
    init_define();
    init_sample();
    s8 = samples("saas");
    T = TOKEN_START;
    END = "(?![A-Za-z0-9_-])";
    x = (length) => "x".repeat(length);
    named = (names, body) => new RegExp(`(?:${names})[A-Za-z0-9_.-]{0,20}["']?[ \\t]{0,3}[:= \\t][ \\t]{0,3}["']?(?<secret>${body})${END}`, "i");
    SAAS_RULES = defineRules("credential", [
      {
        id: "gitlab-token",
        title: "GitLab token",
        description: "A GitLab personal, project, runner, deploy, feed, OAuth or CI token (glpat-, glrt-, gldt-, …).",
        keywords: ["glpat-", "glrt-", "gldt-", "glft-", "glsoat-", "glcbt-", "glimt-", "glagent-", "gloas-", "glptt-"],
        redactPrefix: true,
        pattern: new RegExp(`${T}gl(?:pat|rt|dt|ft|soat|cbt|imt|agent|oas|ptt)-[A-Za-z0-9_.-]{20,128}`),
        tps: [`gl${"pat-"}${s8.alnum(20)}`, `gl${"rt-"}${s8.alnum(20)}`, `gl${"ptt-"}${s8.hex(40)}`],
        fps: [`gl${"pat-"}${x(20)}`, "glpat-short"]
      },
      {
        id: "sendgrid-api-key",
        title: "SendGrid API key",
        description: "A SendGrid API key (SG. then two dot-separated base64url parts).",
        keywords: ["SG."],
        redactPrefix: true,
        pattern: new RegExp(`${T}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`),
        tps: [`S${"G."}${s8.alnum(22)}.${s8.alnum(43)}`],
        fps: ["SG.config.loaded"]
      },
      {
        id: "twilio-api-key",
        title: "Twilio API key",
        description: "A Twilio API key SID (SK and 32 hex).",
        keywords: ["SK"],
        redactPrefix: true,
        pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/,
        tps: [`S${"K"}${s8.hex(32)}`],
        fps: [`S${"K"}${"0".repeat(32)}`, "SKIP all tests"]
      },
      {
        id: "sentry-token",
        title: "Sentry auth token",
        description: "A Sentry organisation or user auth token (sntrys_, sntryu_).",
        keywords: ["sntrys_", "sntryu_"],
        redactPrefix: true,
        pattern: new RegExp(`${T}(?:sntrys_[A-Za-z0-9+/=_-]{60,400}|sntryu_[0-9a-f]{64})`),
        tps: [
          `sntr${"ys_"}${btoa(`{"iat":1700000000,"url":"https://sentry.io","org":"${s8.lower(6)}"}`)}_${s8.alnum(43)}`,
          `sntr${"yu_"}${s8.hex(64)}`
        ],
        fps: [`sntr${"yu_"}${"0".repeat(64)}`, "sntrys_ tokens are org-scoped"]
      },
      {
        id: "datadog-api-key",
        title: "Datadog API or application key",
        description: "A 32- or 40-character Datadog API or application key next to a Datadog key name.",
        keywords: ["datadog", "dd_api", "dd_app", "dd-api", "dd-app"],
        pattern: named("datadog|dd[_-]ap[ip]", "[a-z0-9]{32}|[a-z0-9]{40}"),
        tps: [`DD_API_${"KEY"}=${s8.hex(32)}`, `datadog_app_key: ${s8.hex(40)}`],
        fps: ["DD_API_KEY is read from the environment"]
      },
      {
        id: "mailgun-api-key",
        title: "Mailgun API key",
        description: "A Mailgun private API key (key- and 32 hex).",
        keywords: ["key-"],
        pattern: /(?<![A-Za-z0-9_-])key-[0-9a-f]{32}(?![0-9a-f])/,
        tps: [`ke${"y-"}${s8.hex(32)}`],
        fps: ["key-rotation-policy"]
      },
      {
        id: "cohere-api-key",
        title: "Cohere API key",
        description: "A 40-character Cohere API key next to a Cohere key name.",
        keywords: ["cohere", "co_api"],
        pattern: named("cohere|co_api", "[A-Za-z0-9]{40}"),
        tps: [`COHERE_API_${"KEY"}=${s8.alnum(40)}`],
        fps: ["COHERE_API_KEY is unset"]
      },
      {
        id: "perplexity-api-key",
        title: "Perplexity API key",
        description: "A Perplexity API key (pplx-).",
        keywords: ["pplx-"],
        redactPrefix: true,
        pattern: new RegExp(`${T}pplx-[A-Za-z0-9]{48}${END}`),
        tps: [`ppl${"x-"}${s8.alnum(48)}`],
        fps: [`ppl${"x-"}${x(48)}`]
      },
      {
        id: "discord-bot-token",
        title: "Discord bot token",
        description: "A Discord bot token: base64 user id, timestamp and HMAC, dot-separated.",
        pattern: new RegExp(`${T}[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}${END}`),
        accept: (match) => /[0-9]/.test(match[0]),
        tps: [`M${s8.alnum(25)}.${s8.alnum(6)}.${s8.alnum(38)}`],
        fps: ["Module.exports.defaultConfigurationLoader"]
      },
      {
        id: "discord-webhook-url",
        title: "Discord webhook URL",
        description: "A Discord webhook URL, which works as a credential.",
        keywords: ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"],
        pattern: /discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{60,68}/,
        tps: [`https://discord.com/api/web${"hooks"}/${s8.digits(18)}/${s8.alnum(68)}`],
        fps: ["https://discord.com/developers/docs/resources/webhook"]
      },
      {
        id: "telegram-bot-token",
        title: "Telegram bot token",
        description: "A Telegram bot token (a numeric bot id, a colon and 35 characters starting with A).",
        keywords: [":A"],
        pattern: /(?<![A-Za-z0-9_:-])[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![A-Za-z0-9_-])/,
        tps: [`${s8.digits(10)}:A${s8.alnum(34)}`],
        fps: ["12:30:00 at the station", "1700000000:AbortError"]
      },
      {
        id: "linear-api-key",
        title: "Linear API key",
        description: "A Linear API key (lin_api_) or OAuth token (lin_oauth_).",
        keywords: ["lin_api_", "lin_oauth_"],
        redactPrefix: true,
        pattern: new RegExp(`${T}(?:lin_api_[A-Za-z0-9]{40}|lin_oauth_[0-9a-f]{64})${END}`),
        tps: [`lin${"_api_"}${s8.alnum(40)}`, `lin${"_oauth_"}${s8.hex(64)}`],
        fps: [`lin${"_api_"}${x(40)}`]
      },
      {
        id: "notion-token",
        title: "Notion integration token",
        description: "A Notion integration token (ntn_, or the older secret_ with 43 characters).",
        keywords: ["ntn_", "secret_"],
        redactPrefix: true,
        pattern: new RegExp(`${T}(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})${END}`),
        accept: (match) => /[0-9]/.test(match[0].slice(4)),
        tps: [`nt${"n_"}${s8.digits(11)}${s8.alnum(35)}`, `secr${"et_"}${s8.alnum(43)}`],
        fps: ["secret_rotation_schedule", `nt${"n_"}${"0".repeat(46)}`]
      },
      {
        id: "postman-api-key",
        title: "Postman API key",
        description: "A Postman API key (PMAK-).",
        keywords: ["PMAK-"],
        redactPrefix: true,
        pattern: new RegExp(`${T}PMAK-[0-9a-f]{24}-[0-9a-f]{34}${END}`),
        tps: [`PMA${"K-"}${s8.hex(24)}-${s8.hex(34)}`],
        fps: ["PMAK-expired"]
      },
      {
        id: "pypi-token",
        title: "PyPI upload token",
        description: "A PyPI API token (pypi- and a macaroon for pypi.org).",
        keywords: ["pypi-AgEIcHlwaS5vcmc"],
        redactPrefix: true,
        pattern: new RegExp(`${T}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}`),
        tps: [`pypi-AgEIcHlw${"aS5vcmc"}${s8.alnum(80)}`],
        fps: ["pypi-upload step finished"]
      },
      {
        id: "shopify-token",
        title: "Shopify token",
        description: "A Shopify access, custom-app, private-app or shared secret token (shpat_, shpca_, shppa_, shpss_).",
        keywords: ["shpat_", "shpca_", "shppa_", "shpss_"],
        redactPrefix: true,
        pattern: new RegExp(`${T}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${END}`),
        tps: [`shp${"at_"}${s8.hex(32)}`, `shp${"ss_"}${s8.hex(32)}`],
        fps: [`shp${"at_"}${x(32)}`]
      },
      {
        id: "square-token",
        title: "Square access token or secret",
        description: "A Square access token (sq0atp-, EAAA) or application secret (sq0csp-).",
        keywords: ["sq0atp-", "sq0csp-", "EAAA"],
        redactPrefix: true,
        pattern: new RegExp(`${T}(?:sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_-]{60})${END}`),
        tps: [`sq0${"atp-"}${s8.alnum(22)}`, `sq0${"csp-"}${s8.alnum(43)}`, `EA${"AA"}${s8.alnum(60)}`],
        fps: [`sq0${"atp-"}${x(22)}`]
      },
      {
        id: "doppler-token",
        title: "Doppler token",
        description: "A Doppler personal, service, service-account, CLI, SCIM or audit token (dp.pt., dp.st., …).",
        keywords: ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
        redactPrefix: true,
        pattern: new RegExp(`${T}dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9_.-]{40,96}`),
        tps: [`dp.${"pt."}${s8.alnum(43)}`, `dp.${"st."}prd.${s8.alnum(43)}`],
        fps: [`dp.${"pt."}${x(43)}`]
      },
      {
        id: "hashicorp-token",
        title: "HashiCorp Vault or Terraform Cloud token",
        description: "A Vault service, batch or recovery token (hvs., hvb., hvr.) or a Terraform Cloud token (.atlasv1.).",
        keywords: ["hvs.", "hvb.", "hvr.", ".atlasv1."],
        pattern: new RegExp(`${T}(?:hv[sbr]\\.[A-Za-z0-9_-]{90,200}|[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})`),
        tps: [`hv${"s."}${s8.alnum(95)}`, `${s8.alnum(14)}.atlas${"v1."}${s8.alnum(67)}`],
        fps: ["hvs.example"]
      },
      {
        id: "digitalocean-token",
        title: "DigitalOcean token",
        description: "A DigitalOcean personal access, OAuth or refresh token (dop_v1_, doo_v1_, dor_v1_).",
        keywords: ["dop_v1_", "doo_v1_", "dor_v1_"],
        redactPrefix: true,
        pattern: new RegExp(`${T}do[opr]_v1_[a-f0-9]{64}${END}`),
        tps: [`dop${"_v1_"}${s8.hex(64)}`],
        fps: [`dop${"_v1_"}${"0".repeat(64)}`]
      },
      {
        id: "heroku-api-key",
        title: "Heroku API key",
        description: "A Heroku platform API key (HRKU-).",
        keywords: ["HRKU-AA"],
        redactPrefix: true,
        pattern: new RegExp(`${T}HRKU-AA[A-Za-z0-9_-]{58}${END}`),
        tps: [`HRK${"U-AA"}${s8.alnum(58)}`],
        fps: [`HRK${"U-AA"}${x(58)}`]
      },
      {
        id: "flyio-token",
        title: "Fly.io token",
        description: "A Fly.io organisation or macaroon token (fo1_, fm1a_, fm1r_, fm2_).",
        keywords: ["fo1_", "fm1a_", "fm1r_", "fm2_"],
        redactPrefix: true,
        pattern: new RegExp(
          `${T}(?:fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,2000}={0,3}|fm2_[A-Za-z0-9+/]{100,2000}={0,3})`
        ),
        tps: [`fo${"1_"}${s8.alnum(43)}`, `fm${"2_"}${s8.base64(160)}==`],
        fps: [`fo${"1_"}${x(43)}`]
      },
      {
        id: "netlify-token",
        title: "Netlify access token",
        description: "A Netlify personal access token (nfp_), or a 40–46 character token next to a Netlify key name.",
        keywords: ["nfp_", "netlify"],
        pattern: new RegExp(`${T}nfp_[A-Za-z0-9]{36}${END}|${named("netlify", "[A-Za-z0-9=_-]{40,46}").source}`, "i"),
        tps: [`nf${"p_"}${s8.alnum(36)}`, `NETLIFY_AUTH_${"TOKEN"}=${s8.alnum(43)}`],
        fps: ["NETLIFY_AUTH_TOKEN is a repository secret"]
      },
      {
        id: "planetscale-token",
        title: "PlanetScale token or password",
        description: "A PlanetScale password, service token or OAuth token (pscale_pw_, pscale_tkn_, pscale_oauth_).",
        keywords: ["pscale_pw_", "pscale_tkn_", "pscale_oauth_"],
        redactPrefix: true,
        pattern: new RegExp(`${T}pscale_(?:pw|tkn|oauth)_[A-Za-z0-9=._-]{32,64}`),
        tps: [`pscale${"_pw_"}${s8.alnum(43)}`, `pscale${"_tkn_"}${s8.alnum(43)}`],
        fps: [`pscale${"_pw_"}${x(43)}`]
      },
      {
        id: "pulumi-token",
        title: "Pulumi access token",
        description: "A Pulumi access token (pul- and 40 hex).",
        keywords: ["pul-"],
        redactPrefix: true,
        pattern: new RegExp(`${T}pul-[a-f0-9]{40}${END}`),
        tps: [`pu${"l-"}${s8.hex(40)}`],
        fps: ["pul-request merged", `pu${"l-"}${"0".repeat(40)}`]
      },
      {
        id: "grafana-token",
        title: "Grafana token",
        description: "A Grafana Cloud token (glc_), service account token (glsa_) or legacy API key (eyJrIjoi).",
        keywords: ["glc_", "glsa_", "eyJrIjoi"],
        redactPrefix: true,
        pattern: new RegExp(
          `${T}(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{70,400}={0,2})`
        ),
        tps: [`gl${"c_"}${s8.alnum(80)}`, `gl${"sa_"}${s8.alnum(32)}_${s8.hex(8)}`],
        fps: ["glc_install finished", `gl${"sa_"}${x(32)}_${"0".repeat(8)}`]
      },
      {
        id: "onepassword-secret",
        title: "1Password secret key or service account token",
        description: "A 1Password account secret key (A3-…) or service account token (ops_eyJ).",
        keywords: ["A3-", "ops_eyJ"],
        redactPrefix: true,
        pattern: /(?<![A-Za-z0-9_-])(?:A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}|ops_eyJ[A-Za-z0-9+/=_-]{250,2000})/,
        tps: [`A${"3-"}${s8.upper(6)}-${s8.upper(11)}-${s8.upper(5)}-${s8.upper(5)}-${s8.upper(5)}`],
        fps: ["A3-paper size", `A${"3-"}${"X".repeat(6)}-${"X".repeat(11)}-XXXXX-XXXXX-XXXXX`]
      },
      {
        id: "age-secret-key",
        title: "age secret key",
        description: "An age encryption secret key (AGE-SECRET-KEY-1 and 58 bech32 characters).",
        keywords: ["AGE-SECRET-KEY-1"],
        redactPrefix: true,
        pattern: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/,
        tps: [`AGE-SECRET-${"KEY-1"}${s8.from("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)}`],
        fps: ["AGE-SECRET-KEY-1 keys are never committed"]
      },
      {
        id: "azure-ad-client-secret",
        title: "Azure AD client secret",
        description: "An Azure AD (Entra ID) application client secret: three characters, a digit, Q~ and 31–34 more.",
        keywords: ["Q~"],
        pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
        tps: [`${s8.alnum(3)}8${"Q~"}${s8.alnum(34)}`],
        fps: ["see FAQ~ for details"]
      },
      {
        id: "google-oauth-token",
        title: "Google OAuth access token or client secret",
        description: "A Google OAuth access token (ya29.) or OAuth client secret (GOCSPX-).",
        keywords: ["ya29.", "GOCSPX-"],
        redactPrefix: true,
        pattern: new RegExp(`${T}(?:ya29\\.[A-Za-z0-9_-]{20,2048}|GOCSPX-[A-Za-z0-9_-]{28}${END})`),
        tps: [`ya${"29."}${s8.alnum(120)}`, `GOC${"SPX-"}${s8.alnum(28)}`],
        fps: [`GOC${"SPX-"}${x(28)}`, "ya29.short"]
      },
      {
        id: "huggingface-org-token",
        title: "Hugging Face organisation token",
        description: "A Hugging Face organisation API token (api_org_ and 34 letters).",
        keywords: ["api_org_"],
        redactPrefix: true,
        pattern: /(?<![A-Za-z0-9_])api_org_[A-Za-z]{34}(?![A-Za-z0-9_])/,
        tps: [`api${"_org_"}${s8.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)}`],
        fps: [`api${"_org_"}${x(34)}`, "api_org_members_endpoint"]
      }
    ]);
  }
});

// src/privacy/rules/storage.ts
var s9, MEDIA_AND_DATA_EXTENSIONS, KEY_PREFIXES, STORAGE_RULES;
var init_storage = __esm({
  "src/privacy/rules/storage.ts"() {
    "use strict";
    init_define();
    init_sample();
    s9 = samples("storage");
    MEDIA_AND_DATA_EXTENSIONS = "png|jpe?g|gif|webp|avif|heic|bmp|tiff?|svg|mp4|mov|webm|mkv|mp3|wav|ogg|flac|pdf|json|jsonl|txt|csv|zip|tar|gz|bin|safetensors|onnx|pt";
    KEY_PREFIXES = ["upload", "input", "output", "generated", "render", "original", "thumbnail", "user-content"];
    STORAGE_RULES = defineRules("storage", [
      {
        id: "object-store-uri",
        title: "Object store URI",
        description: "An r2:// or s3:// (or gs://) URI, which names a bucket and object key.",
        keywords: ["r2://", "s3://", "gs://"],
        redactPrefix: true,
        pattern: /\b(?:r2|s3|gs):\/\/[A-Za-z0-9]/,
        tps: [`r2://${s9.lower(6)}-media/uploads/${s9.hex(8)}.png`, `s3://${s9.lower(8)}/outputs/${s9.lower(6)}.webp`],
        fps: ["r2:// URIs are never written to evidence"]
      },
      {
        id: "r2-endpoint",
        title: "R2 bucket endpoint",
        description: "An R2 S3-API endpoint (*.r2.cloudflarestorage.com) or public bucket host (pub-*.r2.dev).",
        keywords: ["r2.cloudflarestorage.com", ".r2.dev"],
        pattern: /(?<![A-Za-z0-9-])[A-Za-z0-9-]{1,63}\.(?:[a-z]{2,4}\.)?r2\.cloudflarestorage\.com|\bpub-[A-Za-z0-9]{8,64}\.r2\.dev/,
        tps: [`https://${s9.lower(12)}.r2.cloudflarestorage.com/${s9.lower(6)}`, `https://pub-${s9.alnum(20)}.r2.dev/a.jpg`],
        fps: ["see the r2.dev docs"]
      },
      {
        id: "s3-endpoint",
        title: "S3 bucket endpoint",
        description: "A virtual-hosted or path-style S3 bucket endpoint.",
        keywords: ["amazonaws.com"],
        pattern: /(?<![A-Za-z0-9.-])[A-Za-z0-9.-]{3,63}\.s3[.-](?:[a-z0-9-]{1,30}\.)?amazonaws\.com/,
        tps: [`https://${s9.lower(10)}.s3.us-east-1.amazonaws.com/key`],
        fps: ["https://docs.aws.amazon.com/s3/"]
      },
      {
        id: "object-key-path",
        title: "Upload or output object key",
        description: "A path with a file extension under an upload, input, output or generated prefix: a storage object key.",
        keywords: KEY_PREFIXES,
        pattern: new RegExp(
          `(?<![A-Za-z0-9_-])(?:uploads?|inputs?|outputs?|generated|renders?|originals?|thumbnails?|user-content)/[A-Za-z0-9._~%/-]{1,256}\\.(?:${MEDIA_AND_DATA_EXTENSIONS})(?![A-Za-z0-9])`,
          "i"
        ),
        tps: [`uploads/${s9.lower(10)}/${s9.hex(12)}.png`, `outputs/2026/11/${s9.lower(8)}.mp4`],
        fps: ["upload to the outputs bucket passed", "outputs/ folder is empty"]
      }
    ]);
  }
});

// src/privacy/rules/index.ts
var RULES;
var init_rules2 = __esm({
  "src/privacy/rules/index.ts"() {
    "use strict";
    init_assignment();
    init_context();
    init_credential();
    init_identity();
    init_media();
    init_private_url();
    init_provider();
    init_saas();
    init_storage();
    RULES = [
      ...CREDENTIAL_RULES,
      ...SAAS_RULES,
      ...ASSIGNMENT_RULES,
      ...CONTEXT_CREDENTIAL_RULES,
      ...IDENTITY_RULES,
      ...STORAGE_RULES,
      ...PROVIDER_RULES,
      ...MEDIA_RULES,
      ...PRIVATE_URL_RULES
    ];
  }
});

// src/privacy/containers.ts
function containerRecords() {
  const children = [];
  const ids = /* @__PURE__ */ new Map();
  let nodes = 1;
  const pointerId = (container) => foldDown(container, ids, 0, (parent, below) => childId(parent, String(below.segment)));
  const childId = (parent, key) => {
    let below = children[parent];
    if (below === void 0) {
      below = /* @__PURE__ */ new Map();
      children[parent] = below;
    }
    let id = below.get(key);
    if (id === void 0) {
      id = nodes++;
      below.set(key, id);
    }
    return id;
  };
  const open = (parent, segment, memberId, kind) => {
    if (parent === void 0 || segment === void 0) return rootRecord();
    const named2 = typeof segment === "string";
    const opensExtensions = parent.extensionsAt === -1 && segment === "extensions";
    return {
      parent,
      segment,
      depth: parent.depth + 1,
      secret: parent.secret || named2 && kind === "secret",
      extensionsAt: opensExtensions ? parent.depth : parent.extensionsAt,
      extensionsOwner: opensExtensions ? parent : parent.extensionsOwner,
      nameAt: named2 ? parent.depth : parent.nameAt,
      name: named2 ? segment : parent.name,
      nameKind: named2 ? kind : parent.nameKind,
      secretBeforeName: named2 ? parent.secret : parent.secretBeforeName,
      member: named2 ? memberId : parent.member
    };
  };
  return { open, pointerId };
}
function rootRecord() {
  return {
    parent: void 0,
    segment: void 0,
    depth: 0,
    secret: false,
    extensionsAt: -1,
    extensionsOwner: void 0,
    nameAt: -1,
    name: "",
    nameKind: void 0,
    secretBeforeName: false,
    member: -1
  };
}
function pointerOf2(container, segmentText, known) {
  return foldDown(container, known, "", (above, below) => `${above}/${segmentText(below.segment)}`);
}
function foldDown(container, known, top, step) {
  const unknown2 = [];
  let result2 = top;
  for (let at = container; at?.parent !== void 0; at = at.parent) {
    const cached = known.get(at);
    if (cached !== void 0) {
      result2 = cached;
      break;
    }
    unknown2.push(at);
  }
  for (let index = unknown2.length - 1; index >= 0; index--) {
    const below = unknown2[index];
    result2 = step(result2, below);
    known.set(below, result2);
  }
  return result2;
}
var init_containers = __esm({
  "src/privacy/containers.ts"() {
    "use strict";
  }
});

// src/privacy/bounded-cache.ts
function detached(text3) {
  return text3.length < 13 ? text3 : ` ${text3}`.slice(1);
}
var BoundedCache;
var init_bounded_cache = __esm({
  "src/privacy/bounded-cache.ts"() {
    "use strict";
    BoundedCache = class {
      constructor(limit = 4096) {
        this.limit = limit;
      }
      newer = /* @__PURE__ */ new Map();
      older = /* @__PURE__ */ new Map();
      get(key) {
        const value2 = this.newer.get(key);
        return value2 === void 0 ? this.older.get(key) : value2;
      }
      set(key, value2) {
        if (this.newer.size >= this.limit) {
          this.older = this.newer;
          this.newer = /* @__PURE__ */ new Map();
        }
        this.newer.set(detached(key), value2);
      }
    };
  }
});

// src/privacy/withheld.ts
function withWithheld(result2, withheld) {
  Object.defineProperty(result2, "withheld", { value: withheld, enumerable: false });
  return result2;
}
var NOTHING_WITHHELD;
var init_withheld = __esm({
  "src/privacy/withheld.ts"() {
    "use strict";
    NOTHING_WITHHELD = Object.freeze([]);
  }
});

// src/privacy/found.ts
function finish2(text3, found, isShadowed, matcher) {
  const secretSegments = /* @__PURE__ */ new Set();
  for (const { match, item } of found) if (item.isKey && !match.rule.detect) secretSegments.add(item.value);
  const positionOf = createPositionIndex(text3);
  const isHidden = (name) => name.length > LONGEST_POINTER_NAME || secretSegments.has(name);
  const segmentText = (segment) => detached(pointerSegment(segment, isHidden));
  const containerPointers = /* @__PURE__ */ new Map();
  const findings = found.map(({ match, item }) => {
    const { line, column } = positionOf(item.offset);
    const within = pointerOf2(item.container, segmentText, containerPointers);
    const finding2 = {
      rule: match.rule.id,
      class: match.rule.class,
      pointer: item.last === void 0 ? within : `${within}/${segmentText(item.last)}`,
      line,
      column,
      redacted: matcher.redact(match)
    };
    return makeFinding(isShadowed(item) ? { ...finding2, shadowed: true } : finding2);
  });
  findings.sort(compareFindings);
  const withheld = withheldOf(text3, found);
  return { result: withWithheld({ ok: findings.length === 0, findings }, withheld), secretSegments };
}
function withheldOf(text3, found) {
  const values = /* @__PURE__ */ new Set();
  let previous;
  for (const { match, item } of found) {
    if (item.isKey && match.rule.detect) continue;
    if (match.text !== "" && match.text !== item.value) values.add(match.text);
    if (item === previous) continue;
    previous = item;
    values.add(item.value);
    const raw = rawStringAt(text3, item.offset);
    if (raw !== void 0 && raw !== item.value) values.add(raw);
  }
  return [...values].sort(compareText).map(detached);
}
function rawStringAt(text3, offset) {
  if (text3.charCodeAt(offset) !== QUOTE3) return void 0;
  for (let index = offset + 1; index < text3.length; index++) {
    const code2 = text3.charCodeAt(index);
    if (code2 === BACKSLASH2) index++;
    else if (code2 === QUOTE3) return text3.slice(offset + 1, index);
  }
  return void 0;
}
function compareFindings(a, b) {
  return a.line - b.line || a.column - b.column || compareText(a.rule, b.rule) || compareText(a.pointer, b.pointer);
}
var LONGEST_POINTER_NAME, QUOTE3, BACKSLASH2;
var init_found = __esm({
  "src/privacy/found.ts"() {
    "use strict";
    init_compare();
    init_pointer();
    init_position();
    init_bounded_cache();
    init_containers();
    init_finding();
    init_withheld();
    LONGEST_POINTER_NAME = 128;
    QUOTE3 = 34;
    BACKSLASH2 = 92;
  }
});

// src/privacy/own-shas.ts
function isHex2(code2) {
  return code2 >= 48 && code2 <= 57 || code2 >= 97 && code2 <= 102;
}
var ShaSet, FEW;
var init_own_shas = __esm({
  "src/privacy/own-shas.ts"() {
    "use strict";
    ShaSet = class {
      order = /* @__PURE__ */ new Map();
      add(sha) {
        if (!this.order.has(sha)) this.order.set(sha, this.order.size);
      }
      /** True when `value` quotes one of the SHAs. */
      quotedIn(value2) {
        return this.quoted(value2).length > 0;
      }
      /** `value` with each SHA it quotes replaced by a space, in the order the SHAs were added (they may overlap). */
      without(value2) {
        let result2 = value2;
        for (const sha of this.quoted(value2)) if (result2.includes(sha)) result2 = result2.replaceAll(sha, " ");
        return result2;
      }
      /** The SHAs `value` quotes, in the order they were added. */
      quoted(value2) {
        if (value2.length < 40 || this.order.size === 0) return [];
        if (this.order.size <= FEW) return [...this.order.keys()].filter((sha) => value2.includes(sha));
        const found = /* @__PURE__ */ new Set();
        for (let start = 0; start < value2.length; ) {
          if (!isHex2(value2.charCodeAt(start))) {
            start++;
            continue;
          }
          let end = start + 1;
          while (end < value2.length && isHex2(value2.charCodeAt(end))) end++;
          for (const length of [40, 64]) {
            for (let at = start; at + length <= end; at++) {
              const window = value2.slice(at, at + length);
              if (this.order.has(window)) found.add(window);
            }
          }
          start = end;
        }
        return [...found].sort((a, b) => this.order.get(a) - this.order.get(b));
      }
    };
    FEW = 8;
  }
});

// src/privacy/roles.ts
function roleOf(last, twoUp, inExtensions) {
  if (inExtensions) return "extension";
  if (typeof last !== "string") return "text";
  if (COMMIT_FIELDS.has(last)) return "commitSha";
  if (DIGEST_FIELDS.has(last)) return "digest";
  if (last === "runId") return "runId";
  if (last === "name") return twoUp === "secrets" ? "secretName" : "label";
  if (LABEL_FIELDS.has(last)) return "label";
  if (last.endsWith("At") || last === "now") return "timestamp";
  if (last === "url") return "origin";
  return "text";
}
function isExempt(role, value2) {
  if (role === "commitSha") return COMMIT_SHA.test(value2);
  if (role === "digest") return DIGEST.test(value2);
  return role === "runId" && /^[0-9]{1,16}$/.test(value2);
}
function isOwnCommit(last, inExtensions, value2) {
  return typeof last === "string" && COMMIT_FIELDS.has(last) && !inExtensions && COMMIT_SHA.test(value2);
}
var COMMIT_SHA, DIGEST, LABEL_FIELDS, COMMIT_FIELDS, DIGEST_FIELDS;
var init_roles = __esm({
  "src/privacy/roles.ts"() {
    "use strict";
    init_patterns();
    COMMIT_SHA = new RegExp(COMMIT_SHA_PATTERN);
    DIGEST = new RegExp(DIGEST_PATTERN);
    LABEL_FIELDS = /* @__PURE__ */ new Set([
      "id",
      "label",
      "versionLabel",
      "adapter",
      "modelLabel",
      "reviewerRole",
      "reviewerMode",
      "gate",
      "workflow",
      "candidate",
      "category",
      "nextSafeCommand"
    ]);
    COMMIT_FIELDS = /* @__PURE__ */ new Set(["commitSha", "gitCommit"]);
    DIGEST_FIELDS = /* @__PURE__ */ new Set(["digest", "packetDigest"]);
  }
});

// src/privacy/engine.ts
function stringify(value2) {
  try {
    const text3 = JSON.stringify(value2, null, 2);
    return typeof text3 === "string" ? text3 : void 0;
  } catch {
    return void 0;
  }
}
function scanDetailed(text3, matcher, options = {}) {
  const scan = startScan(text3, matcher);
  return scan.end(walkJson(text3, options.maxDepth ?? DEFAULT_MAX_DEPTH, scan.visitor));
}
function startScan(text3, matcher) {
  const candidateShas = new ShaSet();
  for (const match of text3.matchAll(COMMIT_MEMBER)) candidateShas.add(match[1]);
  const ownShas = new ShaSet();
  const found = [];
  const deferred = [];
  const records = containerRecords();
  const open = [];
  const nameKinds = [];
  const kindsMet = [];
  let kinds;
  const kindAt = (container) => {
    kinds ??= new Map(kindsMet.map(([holder, kind]) => [records.pointerId(holder), kind]));
    return kinds.get(records.pointerId(container));
  };
  const besideSecretNames = /* @__PURE__ */ new Set();
  const shadowedMembers = [];
  const contextOf = (item) => {
    const { container, last, isKey } = item;
    const depth = container === void 0 ? -1 : container.depth;
    const extensionsAt = extensionsIndex(container, last);
    const inExtensions = extensionsAt !== -1 && (!isKey || depth > extensionsAt);
    const named2 = typeof last === "string";
    const nearestName = named2 ? last : container?.name ?? "";
    const underSecret = (named2 ? container?.secret : container?.secretBeforeName) === true;
    const keyKind = item.nameKind;
    const kindHolder = container?.extensionsAt === -1 ? container : container?.extensionsOwner;
    return {
      role: isKey ? "text" : roleOf(last, container?.parent?.segment, inExtensions),
      isKey,
      keyKind,
      nearestName,
      underSecret,
      nextToSecretName: keyKind === "fingerprint" && container !== void 0 && besideSecretNames.has(records.pointerId(container)),
      inExtensions,
      documentKind: inExtensions && kindHolder !== void 0 ? kindAt(kindHolder) : void 0
    };
  };
  const scanItem = (item) => {
    const context = contextOf(item);
    if (!item.isKey && isExempt(context.role, item.value)) return;
    const matches = matcher.matchString(ownShas.without(item.value), context);
    for (const match of matches) found.push({ match, item });
  };
  const mustWait = (item) => extensionsIndex(item.container, item.last) !== -1 || item.isKey && item.nameKind === "fingerprint" || candidateShas.quotedIn(item.value);
  const visitor = {
    onContainer(path, memberId) {
      const depth = path.length;
      const segment = path[depth - 1];
      const kind = typeof segment === "string" ? nameKinds[depth - 1] : void 0;
      open[depth] = records.open(depth === 0 ? void 0 : open[depth - 1], segment, memberId, kind);
    },
    onString({ value: value2, offset, path, isKey, memberId }) {
      const container = path.length === 0 ? void 0 : open[path.length - 1];
      const last = path[path.length - 1];
      const named2 = typeof last === "string";
      const at = path.length - 1;
      const nameKind = named2 ? isKey ? matcher.classifyKey(value2) : nameKinds[at] : container?.nameKind;
      if (isKey) nameKinds[at] = nameKind;
      const member = named2 ? memberId : container?.member ?? -1;
      const item = { value: value2, offset, isKey, container, last, nameKind, member };
      if (!isKey && container !== void 0) {
        if (last === "kind") kindsMet.push([container, value2]);
        if (isOwnCommit(last, container.extensionsAt !== -1, value2)) ownShas.add(value2);
        if (SECRET_NAME2.test(value2) && matcher.classifyKey(value2) === "secret") {
          besideSecretNames.add(records.pointerId(container));
        }
      }
      if (mustWait(item)) deferred.push(item);
      else scanItem(item);
    },
    onDuplicate(_path, _offset, shadowed) {
      shadowedMembers.push(shadowed);
    }
  };
  const end = (walkError) => {
    if (walkError) return scanRawLines(text3, walkError, matcher);
    for (const item of deferred) scanItem(item);
    return finish2(text3, found, shadowTest(shadowedMembers), matcher);
  };
  return { visitor, end };
}
function extensionsIndex(container, last) {
  if (container === void 0) return -1;
  if (container.extensionsAt !== -1) return container.extensionsAt;
  return last === "extensions" ? container.depth : -1;
}
function shadowTest(shadowedMembers) {
  if (shadowedMembers.length === 0) return () => false;
  const shadowed = new Set(shadowedMembers);
  return (item) => {
    if (shadowed.has(item.member)) return true;
    for (let container = item.container; container !== void 0; container = container.parent) {
      if (shadowed.has(container.member)) return true;
    }
    return false;
  };
}
function scanRawLines(text3, error, matcher) {
  const found = [];
  let start = 0;
  while (start <= text3.length) {
    const newline = text3.indexOf("\n", start);
    const end = newline === -1 ? text3.length : newline;
    const line = text3.slice(start, end);
    const matches = line === "" ? [] : matcher.matchString(line, void 0);
    if (matches.length > 0) {
      const item = {
        value: line,
        offset: start,
        isKey: false,
        container: void 0,
        last: void 0,
        nameKind: void 0,
        member: -1
      };
      for (const match of matches) found.push({ match, item });
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  const { result: result2, secretSegments } = finish2(text3, found, () => false, matcher);
  const position = createPositionIndex(text3)(error.offset);
  const failed = {
    ok: false,
    findings: result2.findings,
    error: { code: error.code, message: `invalid JSON: ${error.message}`, position }
  };
  return { result: withWithheld(failed, result2.withheld), secretSegments };
}
var COMMIT_MEMBER, SECRET_NAME2;
var init_engine = __esm({
  "src/privacy/engine.ts"() {
    "use strict";
    init_patterns();
    init_parse();
    init_position();
    init_tokenize();
    init_containers();
    init_found();
    init_own_shas();
    init_roles();
    init_withheld();
    COMMIT_MEMBER = new RegExp(
      `"(?:commitSha|gitCommit)"[ \\t\\r\\n]{0,64}:[ \\t\\r\\n]{0,64}"(${COMMIT_SHA_BODY})"`,
      "g"
    );
    SECRET_NAME2 = /^[A-Z][A-Z0-9_]{2,}$/;
  }
});

// src/privacy/check-document.ts
function checkWith(matcher, input3, options) {
  const maxDepth = options.maxDepth ?? options.limits?.maxDepth;
  const scanOptions = maxDepth === void 0 ? {} : { maxDepth };
  if (typeof input3 !== "string") {
    const validation2 = validateDocument(input3, options);
    const text3 = stringify(input3);
    return text3 === void 0 ? withWithheld({ ...validation2, ok: false, findings: [] }, NOTHING_WITHHELD) : combine(validation2, scanDetailed(text3, matcher, scanOptions));
  }
  const scan = startScan(input3, matcher);
  const parsed = parseJson(input3, { ...options.limits, ...scanOptions }, scan.visitor);
  const validation = validateParsed(parsed, options);
  return combine(validation, parsed.ok ? scan.end(void 0) : scanDetailed(input3, matcher, scanOptions));
}
function combine(validation, { result: result2, secretSegments }) {
  const errors = secretSegments.size === 0 ? validation.errors : validation.errors.map((issue2) => hide(issue2, secretSegments));
  const check2 = {
    ...validation,
    errors,
    ok: validation.ok && result2.findings.length === 0,
    findings: [...result2.findings]
  };
  return withWithheld(check2, result2.withheld);
}
function hide(issue2, secrets) {
  const pointer = issue2.pointer.split("/").map((segment, index) => index > 0 && secrets.has(unescapeSegment(segment)) ? "~redacted" : segment).join("/");
  return pointer === issue2.pointer ? issue2 : { ...issue2, pointer };
}
function unescapeSegment(segment) {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
var init_check_document = __esm({
  "src/privacy/check-document.ts"() {
    "use strict";
    init_validate();
    init_parse();
    init_engine();
    init_withheld();
  }
});

// src/privacy/compile.ts
function patternFacts(pattern) {
  const node = new Parser(pattern.source, pattern.flags.includes("i")).parse();
  const needs = {};
  for (const family of FAMILY_NAMES) if (node.run[family] > 0) needs[family] = node.run[family];
  const chars = [...node.chars].join("");
  if (chars) needs.chars = chars;
  return { minLength: node.min, needs };
}
function setNode(set) {
  const pure = {};
  const run = {};
  for (const family of FAMILY_NAMES) {
    pure[family] = !set.other && set.ascii.size > 0 && [...set.ascii].every((char) => FAMILIES[family].test(char));
    run[family] = pure[family] ? 1 : 0;
  }
  const only = set.ascii.size === 1 && !set.other ? [...set.ascii][0] : void 0;
  return { min: 1, chars: new Set(only && MARKERS.includes(only) ? [only] : []), pure, run };
}
function sequence(nodes) {
  let min = 0;
  const chars = /* @__PURE__ */ new Set();
  const pure = { ...ALL_PURE };
  const run = { ...NO_RUN };
  const current = { ...NO_RUN };
  for (const node of nodes) {
    min += node.min;
    for (const char of node.chars) chars.add(char);
    for (const family of FAMILY_NAMES) {
      if (node.pure[family]) {
        current[family] += node.min;
      } else {
        pure[family] = false;
        current[family] = 0;
      }
      run[family] = Math.max(run[family], current[family], node.run[family]);
    }
  }
  return { min, chars, pure, run };
}
function alternation(options) {
  if (options.length === 1) return options[0];
  const pure = {};
  const run = {};
  for (const family of FAMILY_NAMES) {
    pure[family] = options.every((option) => option.pure[family]);
    run[family] = Math.min(...options.map((option) => option.run[family]));
  }
  const [first, ...rest] = options;
  const chars = new Set([...first.chars].filter((char) => rest.every((option) => option.chars.has(char))));
  return { min: Math.min(...options.map((option) => option.min)), chars, pure, run };
}
function repeat(node, atLeast) {
  if (atLeast === 0) return { min: 0, chars: /* @__PURE__ */ new Set(), pure: node.pure, run: NO_RUN };
  const run = {};
  for (const family of FAMILY_NAMES) run[family] = node.pure[family] ? node.min * atLeast : node.run[family];
  return { min: node.min * atLeast, chars: node.chars, pure: node.pure, run };
}
var FAMILIES, FAMILY_NAMES, MARKERS, ALL_PURE, NO_RUN, EMPTY, ANY, range, DIGITS2, WORD, ESCAPE_SETS, CONTROL_ESCAPES, Parser;
var init_compile = __esm({
  "src/privacy/compile.ts"() {
    "use strict";
    FAMILIES = {
      tokenRun: /[A-Za-z0-9_-]/,
      alnumRun: /[A-Za-z0-9]/,
      hexRun: /[0-9A-Fa-f]/,
      base64Run: /[A-Za-z0-9+/_-]/
    };
    FAMILY_NAMES = Object.keys(FAMILIES);
    MARKERS = "@=?&:/.%-_";
    ALL_PURE = { tokenRun: true, alnumRun: true, hexRun: true, base64Run: true };
    NO_RUN = { tokenRun: 0, alnumRun: 0, hexRun: 0, base64Run: 0 };
    EMPTY = { min: 0, chars: /* @__PURE__ */ new Set(), pure: ALL_PURE, run: NO_RUN };
    ANY = { ascii: /* @__PURE__ */ new Set(), other: true };
    range = (from, to) => {
      const chars = [];
      for (let code2 = from.charCodeAt(0); code2 <= to.charCodeAt(0); code2++) chars.push(String.fromCharCode(code2));
      return chars;
    };
    DIGITS2 = range("0", "9");
    WORD = [...range("A", "Z"), ...range("a", "z"), ...DIGITS2, "_"];
    ESCAPE_SETS = {
      d: { ascii: new Set(DIGITS2), other: false },
      w: { ascii: new Set(WORD), other: false },
      s: { ascii: /* @__PURE__ */ new Set([" ", "	", "\n", "\r", "\f", "\v"]), other: true }
    };
    CONTROL_ESCAPES = { n: "\n", r: "\r", t: "	", f: "\f", v: "\v", 0: "\0" };
    Parser = class {
      constructor(source, ignoreCase) {
        this.source = source;
        this.ignoreCase = ignoreCase;
      }
      index = 0;
      parse() {
        const node = this.alternatives();
        return this.index === this.source.length ? node : EMPTY;
      }
      alternatives() {
        const options = [this.sequence()];
        while (this.source[this.index] === "|") {
          this.index++;
          options.push(this.sequence());
        }
        return alternation(options);
      }
      sequence() {
        const nodes = [];
        while (this.index < this.source.length && this.source[this.index] !== "|" && this.source[this.index] !== ")") {
          nodes.push(this.quantified(this.atom()));
        }
        return sequence(nodes);
      }
      quantified(node) {
        const char = this.source[this.index];
        let atLeast = 1;
        if (char === "?" || char === "*") {
          atLeast = 0;
          this.index++;
        } else if (char === "+") {
          this.index++;
        } else if (char === "{") {
          const match = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.index));
          if (!match) return node;
          atLeast = Number(match[1]);
          this.index += match[0].length;
        } else {
          return node;
        }
        if (this.source[this.index] === "?") this.index++;
        return repeat(node, atLeast);
      }
      atom() {
        const char = this.source[this.index++];
        if (char === "(") return this.group();
        if (char === "[") return setNode(this.charClass());
        if (char === ".") return setNode(ANY);
        if (char === "^" || char === "$") return EMPTY;
        if (char === "\\") {
          const escaped = this.source[this.index++];
          if (escaped === "b" || escaped === "B") return EMPTY;
          const name = escaped === "k" ? /^<[A-Za-z]\w*>/.exec(this.source.slice(this.index)) : null;
          if (name) this.index += name[0].length;
          if (name || /[1-9]/.test(escaped)) return EMPTY;
          return setNode(this.escapeSet(escaped));
        }
        return setNode(this.literal(char));
      }
      group() {
        const lookaround = /^\?(?:<?[=!])/.exec(this.source.slice(this.index));
        const named2 = /^\?<[A-Za-z]\w*>/.exec(this.source.slice(this.index));
        if (lookaround) this.index += lookaround[0].length;
        else if (named2) this.index += named2[0].length;
        else if (this.source.startsWith("?:", this.index)) this.index += 2;
        const inner = this.alternatives();
        this.index++;
        return lookaround ? EMPTY : inner;
      }
      charClass() {
        const negated = this.source[this.index] === "^";
        if (negated) this.index++;
        const ascii = /* @__PURE__ */ new Set();
        let other = negated;
        let first = true;
        while (this.index < this.source.length && (first || this.source[this.index] !== "]")) {
          first = false;
          let from = this.source[this.index++];
          if (from === "\\") {
            const escaped = this.source[this.index++];
            const set = this.escapeSet(escaped);
            if (set.ascii.size !== 1 || set.other) {
              for (const item of set.ascii) ascii.add(item);
              other ||= set.other;
              continue;
            }
            from = [...set.ascii][0];
          }
          if (this.source[this.index] === "-" && this.source[this.index + 1] !== "]") {
            this.index++;
            let to = this.source[this.index++];
            if (to === "\\") to = this.source[this.index++];
            for (const item of range(from, to)) this.addChar(ascii, item);
            if (to.charCodeAt(0) > 127) other = true;
          } else {
            this.addChar(ascii, from);
            if (from.charCodeAt(0) > 127) other = true;
          }
        }
        this.index++;
        return negated ? ANY : { ascii, other };
      }
      escapeSet(escaped) {
        const known = ESCAPE_SETS[escaped];
        if (known) return known;
        if (/[DWS]/.test(escaped)) return ANY;
        const tail = /^(?:\{[^}]*\}|[0-9A-Fa-f]{2,4})/.exec(this.source.slice(this.index));
        if ("uxpP".includes(escaped) && tail) {
          this.index += escaped === "x" ? 2 : tail[0].startsWith("{") ? tail[0].length : 4;
          return ANY;
        }
        return this.literal(CONTROL_ESCAPES[escaped] ?? escaped);
      }
      literal(char) {
        const ascii = /* @__PURE__ */ new Set();
        this.addChar(ascii, char);
        return { ascii, other: char.charCodeAt(0) > 127 };
      }
      addChar(set, char) {
        if (char.charCodeAt(0) > 127) return;
        set.add(char);
        if (this.ignoreCase) {
          set.add(char.toLowerCase());
          set.add(char.toUpperCase());
        }
      }
    };
  }
});

// src/privacy/features.ts
function charMask(chars) {
  let mask = 0;
  for (const char of chars) {
    const index = MARKERS2.indexOf(char);
    if (index !== -1) mask |= 1 << index;
  }
  return mask;
}
function featuresOf(text3) {
  let tokenRun = 0;
  let alnumRun = 0;
  let hexRun = 0;
  let base64Run = 0;
  let mixedBase64Run = 0;
  let token = 0;
  let alnum = 0;
  let hex = 0;
  let base64 = 0;
  let runCases = 0;
  let chars = 0;
  let cases = 0;
  let nonAscii = false;
  for (let index = 0; index < text3.length; index++) {
    const code2 = text3.charCodeAt(index);
    if (code2 > 127) nonAscii = true;
    const bits = code2 < 128 ? CLASS[code2] : 0;
    chars |= code2 < 128 ? MARKER[code2] : 0;
    cases |= bits;
    alnum = bits & ALNUM ? alnum + 1 : 0;
    hex = bits & HEX2 ? hex + 1 : 0;
    token = bits & TOKEN ? token + 1 : 0;
    if (bits & BASE64) {
      base64++;
      runCases |= bits;
    } else {
      base64 = 0;
      runCases = 0;
    }
    if (alnum > alnumRun) alnumRun = alnum;
    if (hex > hexRun) hexRun = hex;
    if (token > tokenRun) tokenRun = token;
    if (base64 > base64Run) base64Run = base64;
    if ((runCases & (UPPER2 | LOWER2)) === (UPPER2 | LOWER2) && base64 > mixedBase64Run) mixedBase64Run = base64;
  }
  return {
    tokenRun,
    alnumRun,
    hexRun,
    base64Run,
    mixedBase64Run,
    chars,
    upper: (cases & UPPER2) !== 0,
    lower: (cases & LOWER2) !== 0,
    nonAscii
  };
}
function compileNeeds(needs) {
  if (!needs) return () => true;
  const mask = charMask(needs.chars ?? "");
  const { tokenRun = 0, alnumRun = 0, hexRun = 0, base64Run = 0 } = needs;
  return (features) => (features.chars & mask) === mask && features.tokenRun >= tokenRun && features.alnumRun >= alnumRun && features.hexRun >= hexRun && features.base64Run >= base64Run;
}
var MARKERS2, UPPER2, LOWER2, DIGIT, HEX2, TOKEN, BASE64, CLASS, MARKER, ALNUM;
var init_features = __esm({
  "src/privacy/features.ts"() {
    "use strict";
    MARKERS2 = "@=?&:/.%-_";
    UPPER2 = 1;
    LOWER2 = 2;
    DIGIT = 4;
    HEX2 = 8;
    TOKEN = 16;
    BASE64 = 32;
    CLASS = new Uint8Array(128);
    MARKER = new Uint16Array(128);
    for (let code2 = 0; code2 < 128; code2++) {
      const char = String.fromCharCode(code2);
      let bits = 0;
      if (/[A-Z]/.test(char)) bits |= UPPER2 | TOKEN | BASE64;
      if (/[a-z]/.test(char)) bits |= LOWER2 | TOKEN | BASE64;
      if (/[0-9]/.test(char)) bits |= DIGIT | TOKEN | BASE64;
      if (/[0-9A-Fa-f]/.test(char)) bits |= HEX2;
      if (char === "-" || char === "_") bits |= TOKEN | BASE64;
      if (char === "+" || char === "/") bits |= BASE64;
      CLASS[code2] = bits;
      MARKER[code2] = charMask(char);
    }
    ALNUM = UPPER2 | LOWER2 | DIGIT;
  }
});

// src/privacy/keys.ts
function keyWords(key) {
  const words2 = key.slice(0, KEY_CHARS).replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
  if (words2[0] === "x" && words2.length > 1) words2.shift();
  return words2;
}
function classifyKey(key) {
  return classify(keyWords(key));
}
function createKeyClassifier() {
  const cache3 = new BoundedCache();
  return (key) => {
    const read = key.length > KEY_CHARS ? key.slice(0, KEY_CHARS) : key;
    const known = cache3.get(read);
    if (known !== void 0) return known ?? void 0;
    const kind = classifyKey(read);
    cache3.set(read, kind ?? null);
    return kind;
  };
}
function classify(words2) {
  const compact = words2.join("");
  if (IDENTITY_KEYS.has(compact)) return "identity";
  if (PROVIDER_KEYS.has(compact)) return "provider";
  if (FINGERPRINT_KEYS.has(compact)) return "fingerprint";
  if (words2.some((word) => FINGERPRINT_WORDS.has(word)) && words2.some((word) => SECRET_WORDS.has(word))) {
    return "secret-fingerprint";
  }
  if (SECRET_KEYS.has(compact) || SECRET_SUFFIXES.has(words2[words2.length - 1] ?? "")) return "secret";
  const last = words2[words2.length - 1] ?? "";
  if (COMPACT_SUFFIXES.some((suffix) => last.endsWith(suffix))) return "secret";
  return void 0;
}
var SECRET_KEYS, SECRET_SUFFIXES, SECRET_WORDS, IDENTITY_KEYS, FINGERPRINT_KEYS, FINGERPRINT_WORDS, PROVIDER_KEYS, KEY_CHARS, COMPACT_SUFFIXES;
var init_keys = __esm({
  "src/privacy/keys.ts"() {
    "use strict";
    init_bounded_cache();
    SECRET_KEYS = /* @__PURE__ */ new Set([
      "secret",
      "token",
      "password",
      "passwd",
      "apikey",
      "accesskey",
      "privatekey",
      "clientsecret",
      "credential",
      "credentials",
      "authorization",
      "cookie",
      "session",
      "signature",
      "webhooksecret"
    ]);
    SECRET_SUFFIXES = /* @__PURE__ */ new Set(["secret", "token", "key", "password", "passwd", "credential", "credentials"]);
    SECRET_WORDS = /* @__PURE__ */ new Set(["secret", "token", "key", "password", "passwd", "credential", "credentials", "apikey"]);
    IDENTITY_KEYS = /* @__PURE__ */ new Set([
      "userid",
      "actorid",
      "accountid",
      "workspaceid",
      "ownerid",
      "customerid",
      "orgid",
      "tenantid",
      "memberid",
      "principalid",
      "email",
      "emailaddress",
      "username",
      "login"
    ]);
    FINGERPRINT_KEYS = /* @__PURE__ */ new Set(["fingerprint", "hash", "last4", "first4", "prefix", "suffix", "checksum", "sha256"]);
    FINGERPRINT_WORDS = /* @__PURE__ */ new Set([
      "fingerprint",
      "hash",
      "sha1",
      "sha256",
      "sha512",
      "md5",
      "last4",
      "first4",
      "prefix",
      "suffix",
      "length",
      "checksum"
    ]);
    PROVIDER_KEYS = /* @__PURE__ */ new Set([
      "requestid",
      "predictionid",
      "executionid",
      "logid",
      "rayid",
      "cfray",
      "generationid",
      "responseid",
      "completionid"
    ]);
    KEY_CHARS = 200;
    COMPACT_SUFFIXES = [
      "token",
      "secret",
      "password",
      "passwd",
      "apikey",
      "accesskey",
      "privatekey",
      "secretkey",
      "signingkey",
      "clientsecret"
    ];
  }
});

// src/privacy/keywords.ts
function createKeywordIndex(keywordsByRule) {
  const symbolOf = new Uint8Array(ASCII);
  let symbols = 1;
  for (const keywords of keywordsByRule) {
    for (const char of (keywords ?? []).join("").toLowerCase()) {
      const code2 = char.charCodeAt(0) & ASCII - 1;
      if (symbolOf[code2] === 0) symbolOf[code2] = symbols++;
    }
  }
  const next = [[]];
  const outputs = [[]];
  keywordsByRule.forEach((keywords, rule) => {
    for (const keyword of keywords ?? []) {
      let state = 0;
      for (const char of keyword.toLowerCase()) {
        const symbol = symbolOf[char.charCodeAt(0) & ASCII - 1];
        let target = next[state]?.[symbol];
        if (target === void 0) {
          target = next.length;
          next.push([]);
          outputs.push([]);
          next[state][symbol] = target;
        }
        state = target;
      }
      outputs[state].push(rule);
    }
  });
  const table2 = new Int32Array(next.length * symbols);
  const fail = new Int32Array(next.length);
  const queue = [];
  for (let symbol = 1; symbol < symbols; symbol++) {
    const target = next[0]?.[symbol];
    if (target !== void 0) {
      table2[symbol] = target;
      queue.push(target);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const link = fail[state];
    for (const rule of outputs[link]) outputs[state].push(rule);
    for (let symbol = 1; symbol < symbols; symbol++) {
      const target = next[state]?.[symbol];
      if (target === void 0) {
        table2[state * symbols + symbol] = table2[link * symbols + symbol];
      } else {
        fail[target] = table2[link * symbols + symbol];
        table2[state * symbols + symbol] = target;
        queue.push(target);
      }
    }
  }
  const emits = outputs.map((rules) => rules.length > 0 ? [...new Set(rules)] : void 0);
  return {
    find(text3, hits, found) {
      let state = 0;
      for (let index = 0; index < text3.length; index++) {
        let code2 = text3.charCodeAt(index);
        if (code2 >= ASCII) {
          state = 0;
          continue;
        }
        if (code2 >= 65 && code2 <= 90) code2 += 32;
        state = table2[state * symbols + symbolOf[code2]];
        const rules = emits[state];
        if (rules === void 0) continue;
        for (const rule of rules) {
          if (hits[rule] === 1) continue;
          hits[rule] = 1;
          found.push(rule);
        }
      }
    }
  };
}
var ASCII;
var init_keywords = __esm({
  "src/privacy/keywords.ts"() {
    "use strict";
    ASCII = 128;
  }
});

// src/privacy/normalize.ts
function normalizeText(text3) {
  if (!NON_ASCII.test(text3)) return text3;
  return text3.replace(INVISIBLE2, "").normalize("NFKC");
}
function decodePercent(text3) {
  if (!PERCENT.test(text3)) return void 0;
  return text3.replace(PERCENT_RUN, (run) => {
    const bytes = new Uint8Array(run.length / 3);
    for (let index = 0; index < bytes.length; index++)
      bytes[index] = Number.parseInt(run.slice(index * 3 + 1, index * 3 + 3), 16);
    return decodeUtf8(bytes) ?? run;
  });
}
function decodeBase64Runs(text3) {
  if (text3.length < 16) return void 0;
  let decoded;
  BASE64_RUN.lastIndex = 0;
  for (let match = BASE64_RUN.exec(text3); match; match = BASE64_RUN.exec(text3)) {
    const run = match[0];
    if (run.length > MAX_DECODED_RUN || !LOWER3.test(run) || !UPPER3.test(run)) continue;
    const value2 = decodeBase64(run);
    if (value2 === void 0) continue;
    decoded ??= [];
    decoded.push(value2);
  }
  return decoded?.join("\n");
}
function decodeBase64(run) {
  const body = run.replace(/=+$/, "").replaceAll("-", "+").replaceAll("_", "/");
  if (body.length % 4 === 1) return void 0;
  let binary;
  try {
    binary = atob(body + "=".repeat((4 - body.length % 4) % 4));
  } catch {
    return void 0;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  const value2 = decodeUtf8(bytes);
  return value2 === void 0 || BINARY.test(value2) ? void 0 : value2;
}
function decodeUtf8(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return void 0;
  }
}
var INVISIBLE2, NON_ASCII, PERCENT, PERCENT_RUN, BASE64_RUN, MAX_DECODED_RUN, LOWER3, UPPER3, BINARY, utf8;
var init_normalize = __esm({
  "src/privacy/normalize.ts"() {
    "use strict";
    INVISIBLE2 = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;
    NON_ASCII = /[\u0080-\uffff]/;
    PERCENT = /%[0-9A-Fa-f]{2}/;
    PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
    BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}/g;
    MAX_DECODED_RUN = 8192;
    LOWER3 = /[a-z]/;
    UPPER3 = /[A-Z]/;
    BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
    utf8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/privacy/redact.ts
var REDACTED;
var init_redact = __esm({
  "src/privacy/redact.ts"() {
    "use strict";
    REDACTED = "[redacted]";
  }
});

// src/privacy/match.ts
function createMatcher(rules) {
  const content = [];
  const context = [];
  for (const rule of rules) {
    if (rule.detect) {
      context.push(rule);
    } else if (rule.pattern) {
      const flags = rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`;
      const keyworded = (rule.keywords?.length ?? 0) > 0;
      content.push({ rule, declared: rule.pattern, pattern: new RegExp(rule.pattern.source, flags), keyworded });
    }
  }
  const keywords = createKeywordIndex(content.map(({ rule }) => rule.keywords));
  const unkeyworded = content.flatMap((compiled, index) => compiled.keyworded ? [] : [index]);
  const hits = new Uint8Array(content.length);
  const cache3 = new BoundedCache();
  const classifier = createKeyClassifier();
  const tools = { classifyKey: classifier };
  const candidates = [];
  function matchView(text3, features, found) {
    candidates.length = 0;
    for (const index of unkeyworded) candidates.push(index);
    keywords.find(text3, hits, candidates);
    for (const index of candidates) hits[index] = 0;
    let matched = found;
    for (const index of candidates) {
      const compiled = content[index];
      const facts = compiled.facts ?? factsOf(compiled);
      if (matched?.has(index) || text3.length < facts.minLength || !facts.gate(features)) continue;
      const match = firstMatch(compiled, text3, tools);
      if (match === void 0) continue;
      matched ??= /* @__PURE__ */ new Map();
      matched.set(index, match);
    }
    return matched;
  }
  function contentMatches(value2) {
    const cacheable = value2.length <= CACHEABLE_LENGTH;
    const cached = cacheable ? cache3.get(value2) : void 0;
    if (cached) return cached;
    const raw = featuresOf(value2);
    const text3 = raw.nonAscii ? normalizeText(value2) : value2;
    const features = text3 === value2 ? raw : featuresOf(text3);
    let found = matchView(text3, features, void 0);
    if (features.chars & PERCENT_BIT) found = matchDecoded(decodePercent(text3), found);
    if (features.mixedBase64Run >= MIN_BASE64_RUN) found = matchDecoded(decodeBase64Runs(text3), found);
    const matches = found === void 0 ? NO_MATCHES : [...found.keys()].sort((a, b) => a - b).map((index) => {
      const text4 = found.get(index);
      return { rule: content[index].rule, text: cacheable ? detached(text4) : text4 };
    });
    if (cacheable) cache3.set(value2, matches);
    return matches;
  }
  function matchDecoded(decoded, found) {
    if (decoded === void 0) return found;
    const normal = normalizeText(decoded);
    return matchView(normal, featuresOf(normal), found);
  }
  return {
    rules,
    classifyKey: classifier,
    matchString(value2, where) {
      const matches = contentMatches(value2);
      if (!where) return matches;
      let contextual;
      for (const rule of context) {
        const text3 = rule.detect?.(value2, where);
        if (text3 === void 0) continue;
        contextual ??= [];
        contextual.push({ rule, text: text3 });
      }
      return contextual === void 0 ? matches : [...contextual, ...matches];
    },
    redact: ({ rule, text: text3 }) => {
      const prefix = rule.redactPrefix ? prefixOf(rule, text3) : void 0;
      return prefix === void 0 ? REDACTED : `${prefix}…`;
    }
  };
}
function factsOf(compiled) {
  const { minLength: minLength2, needs } = patternFacts(compiled.declared);
  compiled.facts = { minLength: minLength2, gate: compileNeeds(needs) };
  return compiled.facts;
}
function firstMatch({ rule, pattern }, text3, tools) {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text3); match; match = pattern.exec(text3)) {
    if (match[0] === "") pattern.lastIndex++;
    else if ((rule.accept?.(match, tools) ?? true) && !isPlaceholder(secretPart(rule, match))) return match[0];
  }
  return void 0;
}
function secretPart(rule, match) {
  const group = match.groups?.secret;
  if (group !== void 0) return group;
  const prefix = rule.redactPrefix ? prefixOf(rule, match[0]) : void 0;
  return prefix === void 0 ? match[0] : match[0].slice(prefix.length);
}
function prefixOf(rule, text3) {
  const lower = text3.slice(0, 64).toLowerCase();
  let best;
  for (const keyword of rule.keywords ?? []) {
    if (lower.startsWith(keyword.toLowerCase()) && keyword.length > (best?.length ?? 0)) best = keyword;
  }
  return best;
}
var CACHEABLE_LENGTH, PERCENT_BIT, MIN_BASE64_RUN, NO_MATCHES;
var init_match = __esm({
  "src/privacy/match.ts"() {
    "use strict";
    init_bounded_cache();
    init_compile();
    init_features();
    init_keys();
    init_keywords();
    init_normalize();
    init_placeholder();
    init_redact();
    CACHEABLE_LENGTH = 256;
    PERCENT_BIT = charMask("%");
    MIN_BASE64_RUN = 16;
    NO_MATCHES = Object.freeze([]);
  }
});

// src/privacy/scanner.ts
function createScanner({ rules = RULES } = {}) {
  const matcher = createMatcher(rules);
  const scanText3 = (text3, options = {}) => scanDetailed(text3, matcher, options).result;
  return {
    rules,
    scanText: scanText3,
    scanValue(value2, options = {}) {
      const text3 = stringify(value2);
      if (text3 !== void 0) return scanText3(text3, options);
      const error = { code: "json-syntax", message: "the value cannot be written as JSON" };
      return withWithheld({ ok: false, findings: [], error }, NOTHING_WITHHELD);
    },
    checkDocument: (input3, options = {}) => checkWith(matcher, input3, options)
  };
}
var defaultScanner, scanner, scanText, checkDocument;
var init_scanner = __esm({
  "src/privacy/scanner.ts"() {
    "use strict";
    init_check_document();
    init_engine();
    init_match();
    init_rules2();
    init_withheld();
    scanner = () => {
      defaultScanner ??= createScanner();
      return defaultScanner;
    };
    scanText = (text3, options) => scanner().scanText(text3, options);
    checkDocument = (input3, options) => scanner().checkDocument(input3, options);
  }
});

// src/privacy/index.ts
var init_privacy2 = __esm({
  "src/privacy/index.ts"() {
    "use strict";
    init_catalogue3();
    init_finding();
    init_rules2();
    init_scanner();
    init_withheld();
  }
});

// src/format/sarif.ts
function toSarif(inputs, toolVersion, rules = RULES) {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = inputs.flatMap(
    ({ path, findings }) => findings.map((finding2) => sarifResult(path, finding2, ruleIndex.get(finding2.rule) ?? -1))
  );
  const driver = {
    name: "release-evidence",
    informationUri: INFORMATION_URI,
    rules: rules.map(sarifRule)
  };
  if (toolVersion !== void 0) driver.semanticVersion = toolVersion;
  const run = { tool: { driver }, columnKind: "utf16CodeUnits", results };
  const notifications = inputs.flatMap(omittedNotification);
  if (notifications.length > 0) {
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: notifications }];
  }
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function omittedNotification({ path, omittedFindings }) {
  if (!omittedFindings) return [];
  return [
    {
      level: "warning",
      message: { text: `${omittedFindings} more findings in ${path} are not listed.` }
    }
  ];
}
function sarifRule(rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} Example shape: ${describeShape(rule)}. ${CLASS_HELP[rule.class]}` },
    helpUri: ruleHelpUri(rule),
    defaultConfiguration: { level: "error" },
    properties: { tags: ["security", "privacy", rule.class], precision: "high", "security-severity": "8.0" }
  };
}
function sarifResult(path, finding2, ruleIndex) {
  const result2 = {
    ruleId: finding2.rule,
    level: finding2.severity,
    message: { text: renderProblem(finding2) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(path) },
          region: { startLine: finding2.line, startColumn: finding2.column }
        }
      }
    ],
    // Derived from where the finding is, never from what it is, so the fingerprint cannot leak the secret.
    partialFingerprints: { "releaseEvidenceFinding/v1": fnv1a(`${finding2.rule}
${path}
${finding2.pointer}`, 64) },
    properties: { class: finding2.class, pointer: finding2.pointer }
  };
  if (ruleIndex >= 0) result2.ruleIndex = ruleIndex;
  return result2;
}
function uriOf(path) {
  return path.split("/").map(
    (segment) => encodeURIComponent(segment.toWellFormed()).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    )
  ).join("/");
}
var SARIF_SCHEMA, INFORMATION_URI, CLASS_HELP;
var init_sarif = __esm({
  "src/format/sarif.ts"() {
    "use strict";
    init_fnv1a();
    init_privacy2();
    init_problem2();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    INFORMATION_URI = "https://github.com/cloudflare-saas-core/cloudflare-saas-core/tree/main/packages/release-evidence";
    CLASS_HELP = {
      credential: "Remove the value and rotate the credential: it must be treated as leaked. Evidence may name a secret (CLOUDFLARE_API_TOKEN) but never hold its value, hash, prefix, suffix or length.",
      identity: "Replace the raw id or address with a stable public label. Evidence never holds user, actor, account, workspace, owner or customer identifiers.",
      storage: 'Replace the object key, bucket endpoint or namespace with the template’s logical resource label (for example "media").',
      provider: "Drop the raw provider execution, prediction, request or log id and the AI Gateway metadata; keep aggregate counts instead.",
      media: "Remove the embedded image or file bytes; evidence carries counts and verdicts, never media.",
      "private-url": "Remove the URL, or keep only a canonical public origin: no credentials, signed or secret query parameters, or private hosts."
    };
  }
});

// src/format/text/readiness.ts
function formatReadinessText(readiness, options = DEFAULT_TEXT_OPTIONS) {
  const out = painter(options);
  return [
    ...headerLines2(readiness, out),
    "",
    ...gateLines2(readiness, out),
    ...warningLines2(readiness, out),
    ...remedyLines(readiness, out),
    "",
    ...holdsLines(readiness, out)
  ].map((line) => `${line}
`).join("");
}
function headerLines2(readiness, out) {
  const verdict = VERDICTS3[readiness.verdict] ?? UNKNOWN;
  const { subject: subject2 } = readiness;
  const title = `${verdict.icon} ${show(readiness.verdict).toUpperCase()}`;
  const lines3 = [
    `${out.paint(verdict.tone, out.paint("bold", title))}  ${wrap(show(subject2.repository), out.width - columns(title) - 2, "")[0]}`,
    ...wrap(
      `branch ${show(subject2.branch)} · commit ${show(subject2.commitSha.slice(0, 12))} · milestone ${show(readiness.milestone.id)}`,
      out.width,
      "  "
    ),
    ...wrap(`evaluated at ${show(readiness.now)}`, out.width, "  ")
  ];
  if (readiness.approvedTrafficPercent !== void 0 && readiness.verdict.startsWith("ready")) {
    lines3.push(`  approved for ${out.paint("bold", `${readiness.approvedTrafficPercent}%`)} of production traffic`);
  }
  return lines3;
}
function gateLines2(readiness, out) {
  const required = readiness.gates.filter((gate2) => gate2.required).length;
  const lines3 = [out.paint("bold", `Gates (${required} required of ${readiness.gates.length})`)];
  for (const gate2 of readiness.gates) {
    const status = STATUSES[gate2.status] ?? UNKNOWN;
    const statusText = `${status.icon} ${show(gate2.status)}`.padEnd(STATUS_COLUMN);
    const gateText = show(gate2.gate).padEnd(GATE_COLUMN);
    const head = `  ${out.paint(status.tone, statusText)} ${gateText}`;
    const age = ageText(gate2, readiness).padEnd(AGE_COLUMN);
    const detail = `${age} ${evidenceText(gate2)}${gate2.required ? "" : "  (optional)"}`.trimEnd();
    if (columns(head) + 1 + columns(detail) <= out.width) lines3.push(`${head} ${detail}`.trimEnd());
    else lines3.push(head.trimEnd(), ...wrap(detail, out.width, "      "));
    if (gate2.underlying !== void 0)
      lines3.push(...wrap(`deferred; underlying status ${show(gate2.underlying)}`, out.width, "      "));
    for (const reason2 of gate2.reasons) {
      lines3.push(
        ...wrap(`${show(reason2.code)}: ${show(reason2.message)}`, out.width, "        ", "      ").map(
          (line) => out.paint("dim", line)
        )
      );
    }
  }
  return lines3;
}
function evidenceText(gate2) {
  if (gate2.evidence === void 0) return "";
  const superseded = gate2.superseded.length > 0 ? ` (+${gate2.superseded.length} more)` : "";
  return `${show(gate2.evidence.id)}${superseded}`;
}
function ageText(gate2, readiness) {
  if (gate2.measuredFrom === void 0) return "";
  const age = parseTimestamp(readiness.now) - parseTimestamp(gate2.measuredFrom);
  const maxAge = readiness.policy.maxAge?.[gate2.gate];
  const limit = maxAge === void 0 ? "" : `/${humanSpan(parseDuration(maxAge))}`;
  return `age ${humanSpan(age)}${limit}`;
}
function warningLines2(readiness, out) {
  const warnings = readiness.warnings ?? [];
  if (warnings.length === 0) return [];
  const lines3 = ["", out.paint("bold", `Warnings (${warnings.length})`)];
  for (const warning2 of warnings) {
    const [first = "", ...rest] = wrap(
      `${show(warning2.code)}: ${warningText(warning2, show)}`,
      out.width,
      "    ",
      "  ! "
    );
    lines3.push(out.paint("warn", first), ...rest);
  }
  return lines3;
}
function remedyLines(readiness, out) {
  if (readiness.verdict === "ready") return [];
  const lines3 = ["", out.paint("bold", "What would make this ready")];
  for (const gate2 of readiness.gates.filter(
    (entry) => entry.remedy !== void 0 && (entry.required || entry.status === "invalid")
  )) {
    const remedy2 = gate2.remedy;
    lines3.push(...wrap(`${show(gate2.gate)}: ${remedyText(remedy2.code, remedy2.args, show)}`, out.width, "    ", "  • "));
    if (typeof remedy2.args.command === "string") {
      lines3.push(...wrap(`run: ${out.paint("bold", show(remedy2.args.command))}`, out.width, "      ", "    "));
    }
    const entry = deferralEntryLines(remedy2.args);
    if (entry !== void 0) {
      lines3.push(...wrap(remedyText("add-deferral", remedy2.args, show), out.width, "      ", "    "));
      lines3.push(...entry.map((line) => `    ${show(line)}`));
    }
  }
  for (const input3 of readiness.inputs.filter((entry) => !entry.valid)) {
    const id = input3.findings > 0 || input3.id === void 0 ? "(id withheld)" : show(input3.id);
    const findings = input3.findings > 0 ? ` with ${input3.findings} privacy findings` : "";
    const text3 = `input ${show(input3.kind)} ${id} ${show(shortDigest(input3.digest))} is invalid${findings}: fix or remove it; every input must be valid`;
    lines3.push(...wrap(text3, out.width, "    ", "  • "));
  }
  return lines3;
}
function holdsLines(readiness, out) {
  if (readiness.validUntil === void 0) {
    return wrap("Holds until the inputs change: nothing in them expires.", out.width, "  ", "");
  }
  const left = humanSpan(parseTimestamp(readiness.validUntil) - parseTimestamp(readiness.now));
  const text3 = `Holds until ${show(readiness.validUntil)} (in ${left}); after that the verdict changes: re-run readiness.`;
  return wrap(text3, out.width, "  ", "").map((line, index) => index === 0 ? out.paint("bold", line) : line);
}
var VERDICTS3, STATUSES, UNKNOWN, STATUS_COLUMN, GATE_COLUMN, AGE_COLUMN;
var init_readiness2 = __esm({
  "src/format/text/readiness.ts"() {
    "use strict";
    init_contract();
    init_catalogue2();
    init_durations();
    init_short_digest();
    init_style();
    VERDICTS3 = {
      ready: { icon: "✔", tone: "good" },
      "ready-with-deferrals": { icon: "✔", tone: "warn" },
      "awaiting-operator": { icon: "…", tone: "warn" },
      blocked: { icon: "✖", tone: "bad" }
    };
    STATUSES = {
      pass: { icon: "✔", tone: "good" },
      deferred: { icon: "↷", tone: "warn" },
      fail: { icon: "✖", tone: "bad" },
      invalid: { icon: "⊘", tone: "bad" },
      stale: { icon: "◷", tone: "bad" },
      missing: { icon: "?", tone: "bad" },
      mismatch: { icon: "≠", tone: "bad" }
    };
    UNKNOWN = { icon: "?", tone: "bad" };
    STATUS_COLUMN = 10;
    GATE_COLUMN = 21;
    AGE_COLUMN = 15;
  }
});

// src/format/text/packet.ts
function formatPacketText(packet, options = DEFAULT_TEXT_OPTIONS) {
  const out = painter(options);
  const lines3 = [
    ...wrap(`Release packet ${show(packet.id)}`, out.width, "  ", "").map((line) => out.paint("bold", line)),
    ...wrap(`digest ${show(packet.packetDigest)}`, out.width, "  ", "  "),
    `  ${packet.artifacts.length} artifacts, ${packet.readiness.inputs.length} inputs`,
    ""
  ];
  return `${lines3.join("\n")}
${formatReadinessText(packet.readiness, options)}`;
}
function formatVerificationText(packetName, result2, options = DEFAULT_TEXT_OPTIONS) {
  const out = painter(options);
  const mark = (ok) => ok ? out.paint("good", "✔") : out.paint("bad", "✖");
  const title = `${result2.ok ? "✔ verified" : "✖ does NOT verify"}  ${show(packetName)}`;
  const counts = `${result2.changed.length} changed, ${result2.missing.length} missing, ${result2.extra.length} extra`;
  const lines3 = [
    ...wrap(title, out.width, "  ", "").map((line) => out.paint(result2.ok ? "good" : "bad", out.paint("bold", line))),
    `  ${mark(result2.packetDigestOk)} packetDigest ${result2.packetDigestOk ? "matches" : "does not match"}`,
    `  ${mark(result2.readinessMatches)} readiness re-run ${result2.readinessMatches ? "is identical" : "differs"}`,
    `  ${mark(result2.changed.length + result2.missing.length + result2.extra.length === 0)} documents: ${counts}`
  ];
  for (const reason2 of result2.reasons) {
    lines3.push(...wrap(`${show(reason2.code)}: ${renderProblem(reason2, show)}`, out.width, "      ", "    - "));
  }
  return `${lines3.join("\n")}
`;
}
var init_packet2 = __esm({
  "src/format/text/packet.ts"() {
    "use strict";
    init_problem2();
    init_readiness2();
    init_style();
  }
});

// src/format/index.ts
var init_format = __esm({
  "src/format/index.ts"() {
    "use strict";
    init_diff_markdown();
    init_evidence_age();
    init_github();
    init_html();
    init_in_toto();
    init_json2();
    init_markdown();
    init_problem_json();
    init_sarif();
    init_diff3();
    init_packet2();
    init_readiness2();
    init_visible();
  }
});

// src/cli/outputs.ts
import { lstat, readlink, realpath, stat } from "node:fs/promises";
import { basename, dirname, resolve, sep } from "node:path";
async function refuseOverlaps(outputs, inputs) {
  const inputFiles = new Set(await Promise.all(inputs.files.map(realTarget)));
  const inputIdentities = new Set((await Promise.all(inputs.files.map(identityOf))).filter((id) => id !== void 0));
  const seen = /* @__PURE__ */ new Map();
  for (const { option, path } of outputs) {
    const target = await realTarget(path);
    const identity = await identityOf(target);
    if (inputFiles.has(target) || identity !== void 0 && inputIdentities.has(identity)) {
      throw new InputError("output-is-input", { path, option });
    }
    const inside = inputs.directories.find((directory) => target.startsWith(directory + sep));
    if (inside !== void 0) throw new InputError("output-in-evidence", { path, option });
    const other = seen.get(target);
    if (other !== void 0) throw new InputError("output-same-file", { path, option, other });
    seen.set(target, option);
  }
}
async function identityOf(path) {
  const info = await stat(path, { bigint: true }).catch(() => void 0);
  return info === void 0 ? void 0 : `${info.dev}:${info.ino}`;
}
async function realTarget(path, hops = 0) {
  try {
    return await realpath(path);
  } catch {
    const link = await lstat(path).catch(() => void 0);
    if (link?.isSymbolicLink() && hops < 40) return realTarget(resolve(dirname(path), await readlink(path)), hops + 1);
    const directory = await realpath(dirname(resolve(path))).catch(() => dirname(resolve(path)));
    return resolve(directory, basename(path));
  }
}
var init_outputs = __esm({
  "src/cli/outputs.ts"() {
    "use strict";
    init_errors();
  }
});

// src/cli/path-scan.ts
function scanPath(path, context) {
  const findings = [];
  for (const segment of segmentsOf(path)) {
    let found = cache2.get(segment);
    if (found === void 0) {
      const result2 = scanText(JSON.stringify(segment));
      context.withhold(result2.withheld);
      found = result2.findings.map(
        ({ rule, class: findingClass, redacted }) => makeFinding({ rule, class: findingClass, pointer: "", line: 1, column: 1, redacted })
      );
      if (found.length === 0) cache2.set(segment, found);
    }
    findings.push(...found);
  }
  return findings;
}
function scanPaths(paths, context) {
  const fresh = [...new Set(paths.flatMap(segmentsOf))].filter((segment) => cache2.get(segment) === void 0);
  if (fresh.length === 0) return;
  const result2 = scanText(JSON.stringify(fresh));
  context.withhold(result2.withheld);
  const flagged = new Set(result2.findings.map((finding2) => finding2.pointer));
  fresh.forEach((segment, index) => {
    if (!flagged.has(`/${index}`)) cache2.set(segment, []);
  });
}
function segmentsOf(path) {
  return path.split(/[/\\]/).filter((segment) => segment !== "" && segment !== "." && segment !== "..");
}
var cache2;
var init_path_scan = __esm({
  "src/cli/path-scan.ts"() {
    "use strict";
    init_bounded_cache();
    init_privacy2();
    cache2 = new BoundedCache();
  }
});

// src/cli/io.ts
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join as join2 } from "node:path";
async function readTextFile(path, context, maxBytes = DEFAULT_MAX_BYTES) {
  scanPath(path, context);
  context.processing(path);
  const info = statOf(path);
  if (!info.isFile()) throw new InputError("input-not-file", { path, type: specialType(info) });
  if (info.size > maxBytes) throw new InputError("input-too-large", { path, limit: maxBytes });
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError("input-unreadable", { path, cause: fsCause2(error) });
  }
  try {
    return utf82.decode(bytes);
  } catch {
    throw new InputError("input-not-utf8", { path });
  }
}
async function collectJsonFiles(paths, context) {
  const walked = { found: [], errors: [], directories: /* @__PURE__ */ new Set(), met: [] };
  for (const path of paths) {
    scanPath(path, context);
    try {
      const info = statOf(path);
      if (info.isDirectory()) walk(path, /* @__PURE__ */ new Set(), walked);
      else walked.found.push(path);
    } catch (error) {
      walked.errors.push(asInputError(path, error));
    }
  }
  scanPaths(walked.met, context);
  const files = onePerRealPath(walked.found.sort(compareText));
  return { files, errors: walked.errors, directories: [...walked.directories].sort(compareText) };
}
function walk(directory, ancestors, walked) {
  const { found, errors, met } = walked;
  const real = realpathSync.native(directory);
  walked.directories.add(real);
  if (ancestors.has(real)) {
    errors.push(new InputError("directory-loop", { path: directory }));
    return;
  }
  const inside = new Set(ancestors).add(real);
  let names;
  try {
    names = readdirSync(directory);
  } catch (error) {
    errors.push(new InputError("directory-unlistable", { path: directory, cause: fsCause2(error) }));
    return;
  }
  for (const name of names.sort(compareText)) {
    const path = join2(directory, name);
    met.push(path);
    try {
      const info = statOf(path);
      if (info.isDirectory()) walk(path, inside, walked);
      else if (info.isFile()) {
        if (JSON_NAME.test(name)) found.push(path);
      } else errors.push(new InputError("input-not-file", { path, type: specialType(info) }));
    } catch (error) {
      errors.push(asInputError(path, error));
    }
  }
}
function onePerRealPath(paths) {
  const seen = /* @__PURE__ */ new Set();
  const kept = [];
  for (const path of paths) {
    const real = realOrSelf(path);
    if (seen.has(real)) continue;
    seen.add(real);
    kept.push(path);
  }
  return kept;
}
function realOrSelf(path) {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
function statOf(path) {
  try {
    return statSync(path);
  } catch (error) {
    throw asInputError(path, error);
  }
}
function asInputError(path, error) {
  return error instanceof InputError ? error : new InputError("input-unreadable", { path, cause: fsCause2(error) });
}
function specialType(info) {
  if (info.isDirectory()) return "directory";
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  return "other";
}
function fsCause2(error) {
  switch (error.code) {
    case "ENOENT":
      return "missing";
    case "EACCES":
    case "EPERM":
      return "permission";
    case "EISDIR":
      return "directory";
    case "ENOTDIR":
      return "not-directory";
    case "ELOOP":
      return "loop";
    default:
      return "other";
  }
}
var utf82, JSON_NAME;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    init_compare();
    init_parse();
    init_errors();
    init_path_scan();
    utf82 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    JSON_NAME = /\.json$/i;
  }
});

// src/cli/version.ts
var VERSION;
var init_version = __esm({
  "src/cli/version.ts"() {
    "use strict";
    VERSION = "0.1.0";
  }
});

// src/cli/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(rawArgs, table2) {
  const options = {};
  for (const [name, spec] of Object.entries(table2))
    options[name] = { type: spec.type === "boolean" ? "boolean" : "string" };
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: [...rawArgs], options, strict: true, allowPositionals: true, tokens: true }));
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const given = {};
  const lists = {};
  const positionals = [];
  let current;
  for (const token of tokens) {
    if (token.kind === "option") {
      if (Object.hasOwn(given, token.name)) throw new UsageError(`option --${token.name} is given more than once`);
      given[token.name] = token.value ?? true;
      current = table2[token.name].variadic ? [] : void 0;
      if (current) lists[token.name] = current;
    } else if (token.kind === "positional") {
      (current ?? positionals).push(token.value);
    } else {
      current = void 0;
    }
  }
  const values = {};
  for (const [name, spec] of Object.entries(table2)) values[name] = optionValue(name, spec, given[name], lists[name]);
  return { values, positionals };
}
function optionValue(name, spec, given, list3) {
  if (spec.type === "boolean") return given === true;
  if (spec.type === "enum" && given !== void 0 && !spec.options.includes(String(given))) {
    throw new UsageError(`option --${name} takes one of: ${spec.options.join(", ")}`);
  }
  if (spec.required && given === void 0) throw new UsageError(`option --${name} is required`);
  if (spec.type === "string" && spec.variadic) return given === void 0 ? [] : [String(given), ...list3 ?? []];
  return given ?? spec.default;
}
function describeParseError(error) {
  const code2 = error.code;
  const message = error instanceof Error ? error.message : "";
  const option = /'(-{1,2}[A-Za-z0-9_-]{1,40})/.exec(message)?.[1];
  if (code2 === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option ?? ""}`.trim();
  if (code2 === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `option ${option ?? ""} needs a value`.replace("  ", " ");
  return "invalid arguments";
}
var init_args = __esm({
  "src/cli/args.ts"() {
    "use strict";
    init_errors();
  }
});

// src/cli/result.ts
function exitCodeOf(result2) {
  return EXIT_CODES[result2.outcome];
}
function outcomeOfVerdict(verdict) {
  return verdict === "ready" || verdict === "ready-with-deferrals" ? "ok" : "not-acceptable";
}
var EXIT_CODES;
var init_result = __esm({
  "src/cli/result.ts"() {
    "use strict";
    EXIT_CODES = { ok: 0, "not-acceptable": 1, "usage-error": 2 };
  }
});

// src/cli/command.ts
function defineCliCommand(command) {
  const formatNames = Object.keys(command.formats);
  const format = {
    type: "enum",
    options: formatNames,
    ...command.defaultFormat ? {} : { default: formatNames[0] },
    description: command.defaultFormat ? "output format (default: text on a terminal)" : "output format"
  };
  const options = formatNames.length > 1 ? { ...command.options, format } : command.options;
  return {
    meta: command.meta,
    options,
    positionals: command.positionals ?? [],
    async run(rawArgs, sink) {
      const parsed = parseCommandArgs(rawArgs, options);
      const args = parsed;
      const result2 = sink.withholdIn(await command.run(args, sink));
      const given = parsed.values.format;
      const fallback = command.defaultFormat ? command.defaultFormat(sink.stdoutIsTerminal) : formatNames[0];
      const renderer = command.formats[typeof given === "string" ? given : fallback ?? ""];
      sink.processing(void 0);
      await sink.write(renderer?.(result2), command.report?.(result2, args));
      return { exitCode: exitCodeOf(result2), result: result2 };
    }
  };
}
var init_command = __esm({
  "src/cli/command.ts"() {
    "use strict";
    init_args();
    init_result();
  }
});

// src/cli/github.ts
function annotationsOf(files, readiness) {
  const findings = files.flatMap(({ path, findings: findings2 }) => findings2.map((finding2) => ({ ...finding2, path })));
  return readinessAnnotations(readiness, findings);
}
var init_github2 = __esm({
  "src/cli/github.ts"() {
    "use strict";
    init_format();
  }
});

// src/readiness/time.ts
function instantOf(timestamp2) {
  return typeof timestamp2 === "string" ? parseTimestamp(timestamp2) : Number.NaN;
}
function exactInstantOf(timestamp2) {
  return typeof timestamp2 === "string" ? parseInstant(timestamp2) : NOT_AN_INSTANT;
}
function earliest(instants) {
  let result2;
  for (const instant of instants) {
    if (Number.isNaN(instant.ms)) return NOT_AN_INSTANT;
    if (result2 === void 0 || compareInstants(instant, result2) < 0) result2 = instant;
  }
  return result2 ?? NOT_AN_INSTANT;
}
function durationMs2(duration2) {
  return parseDuration(duration2);
}
var init_time2 = __esm({
  "src/readiness/time.ts"() {
    "use strict";
    init_contract();
  }
});

// src/readiness/gates/approvals.ts
function decisionsUsed(doc, scope) {
  let newest = [];
  for (const entry of doc.approvals) {
    if (entry.scope !== scope || entry.decision === "pending") continue;
    const first = newest[0];
    const order = first === void 0 ? 1 : compareInstants(exactInstantOf(entry.decidedAt), exactInstantOf(first.decidedAt));
    if (order > 0) newest = [entry];
    else if (order === 0) newest.push(entry);
  }
  return newest;
}
function approvalTimes(doc) {
  return APPROVAL_SCOPES.flatMap((scope) => decisionsUsed(doc, scope).map((entry) => entry.decidedAt ?? ""));
}
function scopeFailures(doc, context) {
  const expired = (entry) => entry.expiresAt !== void 0 && !(compareInstants(exactInstantOf(entry.expiresAt), context.now) > 0);
  return APPROVAL_SCOPES.flatMap((scope) => {
    const used = decisionsUsed(doc, scope);
    const fail = (code2, args = { id: doc.id, scope }) => [
      { scope, reason: problem(code2, args, "/approvals") }
    ];
    if (used.length === 0) return fail("approval-missing");
    if (used.some((entry) => entry.decision !== "approved")) return fail("approval-rejected");
    if (used.some(expired)) return fail("approval-expired");
    if (scope === "traffic" && used.some((entry) => !((entry.trafficPercent ?? 0) > 0))) {
      return fail("traffic-zero", { id: doc.id });
    }
    return [];
  });
}
function approvalFailures(doc, context) {
  return scopeFailures(doc, context).map((failure) => failure.reason);
}
function approvedTraffic(doc) {
  const shares = new Set(decisionsUsed(doc, "traffic").map((entry) => entry.trafficPercent));
  const [share] = shares;
  return shares.size === 1 ? share : void 0;
}
var init_approvals = __esm({
  "src/readiness/gates/approvals.ts"() {
    "use strict";
    init_contract();
    init_problem2();
    init_time2();
  }
});

// src/readiness/gates/canary.ts
function canaryFailures(gate2, doc, context) {
  const verdict = doc.verdict === "pass" ? [] : [problem(`verdict-${doc.verdict}`, { id: doc.id }, "/verdict")];
  return [...verdict, ...floorFailures(gate2, doc, context)];
}
function floorFailures(gate2, doc, context) {
  const floors2 = context.floors[gate2] ?? {};
  const thresholds = doc.thresholds;
  const problems = [];
  for (const [threshold, direction] of Object.entries(FLOOR_DIRECTIONS[gate2])) {
    const floor = floors2[threshold];
    const value2 = thresholds[threshold];
    if (floor === void 0 || value2 === void 0) continue;
    if (direction === "min" ? value2 < floor : value2 > floor) {
      const args = { id: doc.id, threshold, value: value2, floor, direction };
      problems.push(problem("threshold-below-floor", args, `/thresholds/${threshold}`));
    }
  }
  return problems;
}
var init_canary = __esm({
  "src/readiness/gates/canary.ts"() {
    "use strict";
    init_contract();
    init_problem2();
  }
});

// src/readiness/gates/define.ts
function defineGate(definition) {
  const { documents, ageFrom, failures, ...row } = definition;
  const ofKind = (doc) => {
    if (doc.kind !== documents.kind) throw new TypeError(`gate ${row.id} was given a ${doc.kind} document`);
    return doc;
  };
  return {
    ...row,
    ...documents,
    ageFrom: (doc) => ageFrom(ofKind(doc)),
    failures: (doc, context) => failures(ofKind(doc), context)
  };
}
var init_define2 = __esm({
  "src/readiness/gates/define.ts"() {
    "use strict";
  }
});

// src/readiness/gates/production.ts
function forProduction(doc) {
  return doc.environment === "production" ? [] : [problem("wrong-environment", { id: doc.id }, "/environment")];
}
function preflightFailures(doc) {
  return doc.secrets.flatMap(
    (secret2, index) => secret2.preflight === "passed" ? [] : [
      problem(
        "preflight-not-passed",
        { id: doc.id, secret: secret2.name, store: secret2.store },
        `/secrets/${index}/preflight`
      )
    ]
  );
}
function resourceFailures(doc, context) {
  const key = (type, label2) => `${type}\0${label2}`;
  const listed = new Set(doc.resources.map((resource2) => key(resource2.type, resource2.label)));
  const problems = [];
  for (const expected of context.candidate.expectedResources) {
    if (!listed.has(key(expected.type, expected.label))) {
      problems.push(problem("resource-not-listed", { type: expected.type, label: expected.label }, "/resources"));
    }
  }
  doc.resources.forEach((resource2, index) => {
    if (resource2.status === "ready") return;
    const args = { type: resource2.type, label: resource2.label };
    problems.push(problem(`resource-${resource2.status}`, args, `/resources/${index}/status`));
  });
  return problems;
}
var init_production = __esm({
  "src/readiness/gates/production.ts"() {
    "use strict";
    init_problem2();
  }
});

// src/readiness/envelope.ts
function envelopeOf(value2) {
  if (!isRecord(value2)) return {};
  const subject2 = isRecord(value2.subject) ? value2.subject : {};
  return {
    kind: stringOrUndefined(value2.kind),
    id: stringOrUndefined(value2.id),
    generatedAt: stringOrUndefined(value2.generatedAt),
    stage: stringOrUndefined(value2.stage),
    subject: {
      repository: stringOrUndefined(subject2.repository),
      branch: stringOrUndefined(subject2.branch),
      commitSha: stringOrUndefined(subject2.commitSha)
    }
  };
}
function subjectMatches(subject2, expected) {
  return subject2?.repository === expected.repository && subject2.branch === expected.branch && subject2.commitSha === expected.commitSha;
}
function originMatches(origin2, candidate, environment2) {
  const expected = candidate.origins.find((entry) => entry.environment === environment2);
  return origin2 !== void 0 && expected !== void 0 && origin2.environment === environment2 && originsEqual(origin2, expected);
}
function stringOrUndefined(value2) {
  return typeof value2 === "string" ? value2 : void 0;
}
var init_envelope2 = __esm({
  "src/readiness/envelope.ts"() {
    "use strict";
    init_contract();
    init_record();
  }
});

// src/readiness/gates/release-status.ts
function statusFailures(doc, context, environment2) {
  const problems = [];
  if (doc.conclusion !== "success") problems.push(problem("conclusion-failure", { id: doc.id }, "/conclusion"));
  if (!doc.checks.some((check2) => check2.status === "passed")) {
    problems.push(problem("no-passed-check", { id: doc.id }, "/checks"));
  }
  if (environment2 !== void 0 && !originMatches(doc.origin, context.candidate, environment2)) {
    problems.push(problem("origin-mismatch", { id: doc.id, environment: environment2 }, "/origin"));
  }
  return problems;
}
var init_release_status2 = __esm({
  "src/readiness/gates/release-status.ts"() {
    "use strict";
    init_problem2();
    init_envelope2();
  }
});

// src/readiness/gates/index.ts
var generatedAt, GATES;
var init_gates2 = __esm({
  "src/readiness/gates/index.ts"() {
    "use strict";
    init_approvals();
    init_canary();
    init_define2();
    init_production();
    init_release_status2();
    generatedAt = (doc) => [doc.generatedAt];
    GATES = [
      defineGate({
        id: "source-known",
        required: "yes",
        defaultMaxAge: "P7D",
        ageFrom: generatedAt,
        documents: { class: "source-known", kind: "release-status", stage: "source" },
        failures: (doc, context) => statusFailures(doc, context)
      }),
      defineGate({
        id: "staging-runtime",
        required: "yes",
        defaultMaxAge: "PT24H",
        ageFrom: generatedAt,
        documents: { class: "staging-runtime", kind: "release-status", stage: "staging" },
        failures: (doc, context) => statusFailures(doc, context, "staging")
      }),
      defineGate({
        id: "secret-rotation",
        required: "yes",
        defaultMaxAge: "P90D",
        ageFrom: (doc) => doc.secrets.map((secret2) => secret2.after.updatedAt),
        documents: { class: "secret-rotation", kind: "secret-rotation-receipt", environment: "production" },
        failures: (doc) => [...forProduction(doc), ...preflightFailures(doc)]
      }),
      defineGate({
        id: "production-resources",
        required: "yes",
        defaultMaxAge: "PT24H",
        ageFrom: (doc) => doc.resources.map((resource2) => resource2.checkedAt),
        documents: { class: "production-cutover", kind: "production-resource-ready", environment: "production" },
        failures: (doc, context) => [...forProduction(doc), ...resourceFailures(doc, context)]
      }),
      defineGate({
        id: "operator-approval",
        required: "always",
        defaultMaxAge: "P7D",
        ageFrom: approvalTimes,
        documents: { class: "production-cutover", kind: "operator-assisted-production" },
        failures: approvalFailures
      }),
      defineGate({
        id: "provider-canary",
        required: "yes",
        defaultMaxAge: "PT24H",
        ageFrom: (doc) => [doc.window.endedAt],
        documents: { class: "provider-canary", kind: "provider-canary-evidence" },
        failures: (doc, context) => canaryFailures("provider-canary", doc, context)
      }),
      defineGate({
        id: "image-safety",
        required: "yes",
        defaultMaxAge: "PT72H",
        ageFrom: generatedAt,
        documents: { class: "image-safety", kind: "image-safety-canary-evidence" },
        failures: (doc, context) => canaryFailures("image-safety", doc, context)
      }),
      defineGate({
        id: "production-cutover",
        required: "no",
        defaultMaxAge: "PT24H",
        ageFrom: generatedAt,
        documents: { class: "production-cutover", kind: "release-status", stage: "production" },
        failures: (doc, context) => statusFailures(doc, context, "production")
      })
    ];
  }
});

// src/readiness/effective-policy.ts
function effectivePolicy(candidatePolicy, override) {
  const maxAge = { ...DEFAULT_POLICY.maxAge };
  let clockSkew = DEFAULT_POLICY.clockSkew;
  const required = new Set(DEFAULT_POLICY.requiredGates);
  for (const layer of [candidatePolicy, override]) {
    if (layer === void 0) continue;
    for (const [gate2, age] of Object.entries(layer.maxAge ?? {})) if (isGateId(gate2)) maxAge[gate2] = age;
    if (layer.clockSkew !== void 0) clockSkew = layer.clockSkew;
    for (const gate2 of layer.requiredGates ?? []) if (isGateId(gate2)) required.add(gate2);
  }
  const floors2 = mergeFloors([candidatePolicy?.floors, override?.floors]);
  for (const spec of GATES) if (spec.required === "always") required.add(spec.id);
  return {
    maxAge,
    clockSkew,
    requiredGates: GATE_IDS.filter((gate2) => required.has(gate2)),
    floors: floors2
  };
}
function mergeFloors(layers) {
  const merged = {};
  for (const gate2 of Object.keys(FLOOR_DIRECTIONS)) {
    const thresholds = {};
    for (const name of Object.keys(FLOOR_DIRECTIONS[gate2])) {
      for (const layer of layers) {
        const value2 = layer?.[gate2]?.[name];
        if (value2 !== void 0) thresholds[name] = value2;
      }
    }
    if (Object.keys(thresholds).length > 0) merged[gate2] = thresholds;
  }
  return merged;
}
var DEFAULT_CLOCK_SKEW, DEFAULT_POLICY;
var init_effective_policy = __esm({
  "src/readiness/effective-policy.ts"() {
    "use strict";
    init_contract();
    init_gates2();
    DEFAULT_CLOCK_SKEW = "PT5M";
    DEFAULT_POLICY = {
      maxAge: Object.fromEntries(GATES.map((spec) => [spec.id, spec.defaultMaxAge])),
      clockSkew: DEFAULT_CLOCK_SKEW,
      requiredGates: GATES.filter((spec) => spec.required !== "no").map((spec) => spec.id),
      floors: {}
    };
  }
});

// src/readiness/inputs.ts
function parsedInput(input3, check2) {
  return input3.checked !== void 0 || typeof input3.text === "string" ? check2.value : input3.value;
}
function inputDigest(input3, check2) {
  const value2 = parsedInput(input3, check2);
  const canonicalisable = !check2.errors.some((issue2) => issue2.code === "number-range");
  return value2 === void 0 || !canonicalisable ? sha256Digest(input3.text ?? "") : digestOf(value2);
}
function checkedInput(input3, check2, digest2) {
  const value2 = parsedInput(input3, check2);
  const envelope2 = envelopeOf(value2);
  return {
    kind: isKind(envelope2.kind) ? envelope2.kind : void 0,
    id: safeId(check2),
    digest: digest2,
    valid: check2.ok,
    findings: check2.findings.length + (check2.omittedFindings ?? 0),
    envelope: envelope2,
    generatedAt: exactInstantOf(envelope2.generatedAt),
    value: value2
  };
}
function safeId(check2) {
  const { id } = check2;
  if (id === void 0) return void 0;
  const flagged = check2.errors.some((issue2) => issue2.pointer === "/id") || check2.findings.some((finding2) => finding2.pointer === "/id");
  return flagged ? void 0 : id;
}
function evidenceOf(input3) {
  if (!input3.valid || !isEvidenceKind(input3.kind)) throw new TypeError("only valid evidence is judged by its gate");
  return input3.value;
}
function refOf(input3) {
  return { kind: input3.kind ?? "release-status", id: input3.id ?? REDACTED_ID, digest: input3.digest };
}
function compareRefs(a, b) {
  return compareText(a.kind, b.kind) || compareText(a.id, b.id) || compareText(a.digest, b.digest);
}
var UNKNOWN_KIND, REDACTED_ID;
var init_inputs2 = __esm({
  "src/readiness/inputs.ts"() {
    "use strict";
    init_contract();
    init_compare();
    init_json();
    init_envelope2();
    init_time2();
    UNKNOWN_KIND = "unknown";
    REDACTED_ID = "redacted";
  }
});

// src/readiness/choose.ts
function chooseDocument(spec, inputs, subject2, latestAccepted) {
  const ofGate = inputs.filter((input3) => servesKind(spec, input3));
  if (ofGate.length === 0) {
    return {
      outcome: "missing",
      reasons: [problem("no-evidence", { gate: spec.id })],
      superseded: []
    };
  }
  const matched = ofGate.filter((input3) => subjectMatches(input3.envelope.subject, subject2));
  if (matched.length === 0) {
    return {
      outcome: "mismatch",
      reasons: uniqueMismatches(ofGate.map((input3) => mismatchReason(input3, subject2))),
      superseded: []
    };
  }
  const current = matched.filter((input3) => !(compareInstants(input3.generatedAt, latestAccepted) > 0));
  if (current.length === 0) {
    const reasons = [problem("future-dated", { gate: spec.id })];
    return { outcome: "future", reasons, superseded: matched };
  }
  const serving = spec.environment ? current.filter((input3) => environmentOf(input3) === spec.environment) : current;
  const pool = serving.length > 0 ? serving : current;
  const chosen = pool.reduce(newer);
  return { outcome: "chosen", chosen, superseded: matched.filter((input3) => input3 !== chosen) };
}
function servesKind(spec, input3) {
  return input3.envelope.kind === spec.kind && (spec.stage === void 0 || input3.envelope.stage === spec.stage);
}
function newer(a, b) {
  const order = compareInstants(datedOrOldest(a), datedOrOldest(b));
  if (order !== 0) return order > 0 ? a : b;
  return compareText(a.digest, b.digest) >= 0 ? a : b;
}
function datedOrOldest(input3) {
  return Number.isNaN(input3.generatedAt.ms) ? UNDATED : input3.generatedAt;
}
function environmentOf(input3) {
  const value2 = input3.value;
  return value2?.environment;
}
function mismatchReason(input3, subject2) {
  const differs = SUBJECT_FIELDS2.filter((field) => input3.envelope.subject?.[field] !== subject2[field]);
  const { kind, id } = refOf(input3);
  return problem("subject-mismatch", { kind, id, differs });
}
function uniqueMismatches(reasons) {
  const keyOf = ({ args }) => `${String(args.id)}: ${args.differs.join(", ")}`;
  const byKey = new Map(reasons.map((entry) => [keyOf(entry), entry]));
  return [...byKey.keys()].sort(compareText).map((key) => byKey.get(key));
}
var SUBJECT_FIELDS2, UNDATED;
var init_choose = __esm({
  "src/readiness/choose.ts"() {
    "use strict";
    init_compare();
    init_problem2();
    init_envelope2();
    init_inputs2();
    init_time2();
    SUBJECT_FIELDS2 = ["repository", "branch", "commitSha"];
    UNDATED = { ms: -Number.MAX_VALUE, ns: 0 };
  }
});

// src/readiness/deferrals.ts
function deferralStatus(deferral, gates, now) {
  if (!isGateId(deferral.gate)) return "unknown-gate";
  if (GATES.find((spec) => spec.id === deferral.gate)?.required === "always") return "not-allowed";
  if (!(compareInstants(exactInstantOf(deferral.expiresAt), now) > 0)) return "expired";
  const gate2 = gates.find((result2) => result2.gate === deferral.gate);
  return gate2 !== void 0 && DEFERRABLE.includes(gate2.status) ? "applied" : "unused";
}
function applyDeferrals(gates, deferrals, now) {
  const results = deferrals.map((deferral) => ({ id: deferral.id, gate: deferral.gate, status: deferralStatus(deferral, gates, now) })).sort((a, b) => compareText(a.id, b.id) || compareText(a.gate, b.gate));
  const deferredGates = new Set(results.filter((result2) => result2.status === "applied").map((result2) => result2.gate));
  const updated2 = gates.map(
    (gate2) => deferredGates.has(gate2.gate) ? { ...gate2, status: "deferred", underlying: gate2.status } : gate2
  );
  return { gates: updated2, deferrals: results };
}
var DEFERRABLE;
var init_deferrals2 = __esm({
  "src/readiness/deferrals.ts"() {
    "use strict";
    init_contract();
    init_compare();
    init_gates2();
    init_time2();
    DEFERRABLE = ["missing", "fail", "stale", "mismatch"];
  }
});

// src/readiness/status.ts
function gateResult(spec, choice, maxAge, required, context) {
  const superseded = choice.superseded.map(refOf).sort(compareRefs);
  const base = { gate: spec.id, required, superseded };
  if (choice.outcome !== "chosen") {
    return { ...base, status: choice.outcome === "future" ? "stale" : choice.outcome, reasons: choice.reasons };
  }
  const { chosen } = choice;
  const evidence = refOf(chosen);
  const withEvidence = { ...base, evidence };
  const named2 = { kind: evidence.kind, id: evidence.id };
  if (!chosen.valid) return { ...withEvidence, status: "invalid", reasons: [problem("invalid-evidence", named2)] };
  const doc = evidenceOf(chosen);
  const measuredFrom = measuredFromOf(spec, doc);
  const aged = measuredFrom === void 0 ? withEvidence : { ...withEvidence, measuredFrom };
  const oldest = exactInstantOf(measuredFrom);
  if (compareInstants(oldest, addMilliseconds(context.now, -durationMs2(maxAge))) < 0) {
    return { ...aged, status: "stale", reasons: [problem("too-old", { ...named2, maxAge, gate: spec.id })] };
  }
  const failures = spec.failures(doc, context);
  if (failures.length > 0) return { ...aged, status: "fail", reasons: failures };
  return { ...aged, status: "pass", reasons: [] };
}
function measuredFromOf(spec, doc) {
  const times = spec.ageFrom(doc);
  const candidates = times.length > 0 ? times : [doc.generatedAt];
  const oldest = earliest(candidates.map(exactInstantOf));
  return candidates.find((time) => compareInstants(exactInstantOf(time), oldest) === 0);
}
var init_status = __esm({
  "src/readiness/status.ts"() {
    "use strict";
    init_problem2();
    init_inputs2();
    init_time2();
  }
});

// src/readiness/verdict.ts
function verdictOf(gates, anyInvalidInput) {
  if (anyInvalidInput) return "blocked";
  const required = gates.filter((gate2) => gate2.required);
  const others = required.filter((gate2) => gate2.gate !== APPROVAL_GATE);
  if (others.some((gate2) => gate2.status !== "pass" && gate2.status !== "deferred")) return "blocked";
  if (required.some((gate2) => gate2.gate === APPROVAL_GATE && gate2.status !== "pass")) return "awaiting-operator";
  return required.some((gate2) => gate2.status === "deferred") ? "ready-with-deferrals" : "ready";
}
var APPROVAL_GATE;
var init_verdict = __esm({
  "src/readiness/verdict.ts"() {
    "use strict";
    APPROVAL_GATE = "operator-approval";
  }
});

// src/readiness/judge.ts
function inputsByGate(inputs) {
  return GATES.map((spec) => inputs.filter((input3) => servesKind(spec, input3)));
}
function judgeAt(inputs, now) {
  const { candidate, policy: policy2 } = inputs;
  const latestAccepted = addMilliseconds(now, durationMs2(policy2.clockSkew));
  const context = { candidate, now, floors: policy2.floors };
  const evaluated = GATES.map((spec, index) => {
    const choice = chooseDocument(spec, inputs.byGate[index] ?? [], candidate.subject, latestAccepted);
    return gateResult(spec, choice, policy2.maxAge[spec.id], policy2.requiredGates.includes(spec.id), context);
  });
  const { gates, deferrals } = applyDeferrals(evaluated, candidate.acceptedDeferrals, now);
  return { gates, deferrals, verdict: verdictOf(gates, inputs.anyInvalidInput) };
}
var init_judge = __esm({
  "src/readiness/judge.ts"() {
    "use strict";
    init_choose();
    init_deferrals2();
    init_gates2();
    init_status();
    init_time2();
    init_verdict();
  }
});

// src/readiness/valid-until.ts
function validUntilOf(inputs, now, nowInstant) {
  if (inputs.anyInvalidInput) return void 0;
  const thresholds = inputs.candidate.acceptedDeferrals.map((deferral) => exactInstantOf(deferral.expiresAt));
  const skewMs = durationMs2(inputs.policy.clockSkew);
  const latestAccepted = addMilliseconds(nowInstant, skewMs);
  GATES.forEach((spec, index) => {
    const chosen = now.gates[index]?.evidence?.digest;
    const maxAgeMs = durationMs2(inputs.policy.maxAge[spec.id]);
    for (const input3 of inputs.byGate[index] ?? []) {
      if (!subjectMatches(input3.envelope.subject, inputs.candidate.subject)) continue;
      const future = compareInstants(input3.generatedAt, latestAccepted) > 0;
      if (!future && input3.digest !== chosen) continue;
      if (future) thresholds.push(addMilliseconds(input3.generatedAt, -skewMs));
      thresholds.push(...expiries(spec, input3, maxAgeMs));
    }
  });
  const later = thresholds.filter((instant) => compareInstants(instant, nowInstant) > 0).sort(compareInstants).filter((instant, index, sorted) => index === 0 || compareInstants(instant, sorted[index - 1]) !== 0);
  return later.find((instant) => judgeAt(inputs, instant).verdict !== now.verdict);
}
function expiries(spec, input3, maxAgeMs) {
  const doc = evidenceOf(input3);
  const measuredFrom = measuredFromOf(spec, doc);
  const staleAt = measuredFrom === void 0 ? [] : [nextNanosecond(addMilliseconds(exactInstantOf(measuredFrom), maxAgeMs))];
  const approvals = doc.kind === "operator-assisted-production" ? doc.approvals : [];
  const approvalExpiries = approvals.map((entry) => exactInstantOf(entry.expiresAt));
  return [...staleAt, ...approvalExpiries].filter((instant) => !Number.isNaN(instant.ms));
}
function nextNanosecond(instant) {
  return instant.ns === 999999 ? { ms: instant.ms + 1, ns: 0 } : { ms: instant.ms, ns: instant.ns + 1 };
}
function timestampOf(instant) {
  const iso = new Date(instant.ms).toISOString();
  if (instant.ns === 0) return iso.replace(".000Z", "Z");
  return `${iso.slice(0, 23)}${String(instant.ns).padStart(6, "0")}Z`;
}
var init_valid_until = __esm({
  "src/readiness/valid-until.ts"() {
    "use strict";
    init_envelope2();
    init_gates2();
    init_inputs2();
    init_judge();
    init_status();
    init_time2();
  }
});

// src/readiness/remedy.ts
function withRemedies(gates, context) {
  let nextDeferral = firstFreeDeferralNumber(context);
  return gates.map((gate2, index) => {
    const spec = GATES[index];
    if (gate2.status === "pass") return gate2;
    const status = gate2.status === "deferred" ? gate2.underlying ?? "missing" : gate2.status;
    const remedy2 = remedyFor(spec, gate2, status, context);
    if (gate2.status !== "deferred" && spec.required !== "always" && DEFERRABLE2.includes(status)) {
      remedy2.args = { ...remedy2.args, ...deferralArgs(spec, context, nextDeferral++) };
    }
    return { ...gate2, remedy: remedy2 };
  });
}
function remedyFor(spec, gate2, status, context) {
  const command = context.candidate.remedies?.[spec.id];
  const common = { gate: spec.id, ...command === void 0 ? {} : { command } };
  const chosen = chosenInput(gate2, context, GATES.indexOf(spec));
  if (status === "invalid") {
    const problems = context.problems.get(gate2.evidence?.digest ?? "");
    return {
      code: "fix-invalid-input",
      args: {
        ...common,
        kind: spec.kind,
        id: gate2.evidence?.id ?? REDACTED_ID,
        codes: [...problems?.codes ?? []],
        findings: [...problems?.findings ?? []]
      }
    };
  }
  if (status === "mismatch") return matchSubject(spec, common, context);
  if (spec.id === "operator-approval") {
    const doc = status === "fail" && chosen ? evidenceOf(chosen) : void 0;
    const failing = doc?.kind === "operator-assisted-production" ? scopeFailures(doc, context) : [];
    const scopes = APPROVAL_SCOPES.filter((scope) => failing.some((failure) => failure.scope === scope));
    return { code: "record-approval", args: { ...common, scopes: scopes.length > 0 ? scopes : [...APPROVAL_SCOPES] } };
  }
  const newerThan = timestampOf(addMilliseconds(context.now, -durationMs2(context.policy.maxAge[spec.id])));
  const because = [...new Set(gate2.reasons.map((reason2) => reason2.code))].sort(compareText);
  return {
    code: "collect-fresh-evidence",
    args: {
      ...common,
      class: spec.class,
      kind: spec.kind,
      ...spec.stage === void 0 ? {} : { stage: spec.stage },
      ...spec.environment === void 0 ? {} : { environment: spec.environment },
      newerThan,
      because
    }
  };
}
function chosenInput(gate2, context, index) {
  const digest2 = gate2.evidence?.digest;
  return digest2 === void 0 ? void 0 : context.byGate[index]?.find((input3) => input3.digest === digest2);
}
function matchSubject(spec, common, context) {
  const expected = context.candidate.subject;
  const others = (context.byGate[GATES.indexOf(spec)] ?? []).filter(
    (input3) => !subjectMatches(input3.envelope.subject, expected)
  );
  const named2 = others.slice(0, MAX_FOUND);
  const differs = SUBJECT_FIELDS.filter(
    (field) => others.some((input3) => input3.envelope.subject?.[field] !== expected[field])
  );
  const foundValues = Object.fromEntries(
    differs.map((field) => {
      const values = named2.filter((input3) => input3.valid).map((input3) => input3.envelope.subject?.[field]);
      const differing = values.filter(
        (value2) => typeof value2 === "string" && value2 !== expected[field]
      );
      return [`found${field[0]?.toUpperCase()}${field.slice(1)}`, [...new Set(differing)].sort(compareText)];
    })
  );
  const more = others.length - named2.length;
  return {
    code: "match-subject",
    args: {
      ...common,
      expectedRepository: expected.repository,
      expectedBranch: expected.branch,
      expectedCommitSha: expected.commitSha,
      differs,
      foundKind: spec.kind,
      foundIds: named2.map((input3) => input3.id ?? REDACTED_ID),
      ...foundValues,
      ...more > 0 ? { more } : {}
    }
  };
}
function deferralArgs(spec, context, number2) {
  return {
    alternative: "add-deferral",
    deferralId: `${DEFERRAL_PREFIX}${number2}`,
    deferralReference: `ops-review/${context.candidate.milestone.id}#defer-${spec.id}`,
    deferralExpiresAt: timestampOf(addMilliseconds(context.now, SUGGESTED_DEFERRAL_MS))
  };
}
function firstFreeDeferralNumber(context) {
  const used = context.candidate.acceptedDeferrals.filter((deferral) => deferral.id.startsWith(DEFERRAL_PREFIX)).map((deferral) => Number(deferral.id.slice(DEFERRAL_PREFIX.length)));
  return Math.max(0, ...used) + 1;
}
var SUGGESTED_DEFERRAL_MS, MAX_FOUND, DEFERRAL_PREFIX, DEFERRABLE2;
var init_remedy2 = __esm({
  "src/readiness/remedy.ts"() {
    "use strict";
    init_contract();
    init_compare();
    init_envelope2();
    init_approvals();
    init_gates2();
    init_inputs2();
    init_time2();
    init_valid_until();
    SUGGESTED_DEFERRAL_MS = 14 * 24 * 36e5;
    MAX_FOUND = 5;
    DEFERRAL_PREFIX = "DEFER-";
    DEFERRABLE2 = ["missing", "fail", "stale", "mismatch"];
  }
});

// src/readiness/warnings.ts
function policyWarnings(policy2) {
  const keys = [
    ...GATES.map((spec) => ({
      key: "maxAge",
      gate: spec.id,
      value: policy2.maxAge[spec.id],
      default: spec.defaultMaxAge
    })),
    { key: "clockSkew", value: policy2.clockSkew, default: DEFAULT_CLOCK_SKEW }
  ];
  return keys.filter((entry) => durationMs2(entry.value) > durationMs2(entry.default)).map((entry) => problem("policy-weakened", entry));
}
function deferralWarnings(candidate, deferrals, now) {
  const active = new Set(
    deferrals.filter((entry) => entry.status === "applied" || entry.status === "unused").map((entry) => entry.id)
  );
  const horizon = addMilliseconds(now, DEFERRAL_WARNING_MS);
  return candidate.acceptedDeferrals.flatMap((deferral, index) => {
    if (!active.has(deferral.id) || compareInstants(exactInstantOf(deferral.expiresAt), horizon) > 0) return [];
    const args = { deferral: deferral.id, gate: deferral.gate, expiresAt: deferral.expiresAt };
    return [problem("deferral-expiring", args, `/acceptedDeferrals/${index}/expiresAt`)];
  });
}
var DEFERRAL_WARNING_MS;
var init_warnings = __esm({
  "src/readiness/warnings.ts"() {
    "use strict";
    init_problem2();
    init_effective_policy();
    init_gates2();
    init_time2();
    DEFERRAL_WARNING_MS = 7 * 24 * 36e5;
  }
});

// src/readiness/operator-view.ts
function operatorView(inputs, judgement, now, problems) {
  const gates = withRemedies(judgement.gates, { ...inputs, now, problems });
  const validUntil = validUntilOf(inputs, judgement, now);
  const warnings = deferralWarnings(inputs.candidate, judgement.deferrals, now);
  const approvalIndex = GATES.findIndex((spec) => spec.id === "operator-approval");
  const approval2 = judgement.gates[approvalIndex];
  const approvalDoc = inputs.byGate[approvalIndex]?.find((input3) => input3.digest === approval2?.evidence?.digest);
  const doc = approval2?.status === "pass" && approvalDoc !== void 0 ? evidenceOf(approvalDoc) : void 0;
  const traffic2 = doc?.kind === "operator-assisted-production" ? approvedTraffic(doc) : void 0;
  return {
    gates,
    warnings,
    additions: {
      ...validUntil === void 0 ? {} : { validUntil: timestampOf(validUntil) },
      ...traffic2 === void 0 ? {} : { approvedTrafficPercent: traffic2 }
    }
  };
}
function problemsByDigest(checks, digests) {
  const problems = /* @__PURE__ */ new Map();
  checks.forEach((check2, index) => {
    if (check2.ok) return;
    const codes = unique(check2.errors.map((issue2) => issue2.code));
    const findings = unique(check2.findings.map((finding2) => finding2.class));
    problems.set(digests[index], { codes, findings });
  });
  return problems;
}
function unique(values) {
  return [...new Set(values)].sort(compareText);
}
var init_operator_view = __esm({
  "src/readiness/operator-view.ts"() {
    "use strict";
    init_compare();
    init_approvals();
    init_gates2();
    init_inputs2();
    init_remedy2();
    init_valid_until();
    init_warnings();
  }
});

// src/readiness/readiness-document.ts
function readinessDocument(judged2) {
  const { candidate, now, policy: policy2, view } = judged2;
  const gates = view.gates.map(renderGate);
  const sorted = [...judged2.warnings].map((problem2) => ({ problem: problem2, warning: renderWarning(problem2) })).sort(byWarning);
  const warnings = sorted.map((entry) => entry.warning);
  const readiness = {
    contract: CONTRACT,
    kind: "release-readiness",
    id: derivedId("readiness", candidate.id),
    generatedAt: now,
    subject: candidate.subject,
    milestone: { id: candidate.milestone.id },
    origins: candidate.origins,
    now,
    policy: policyEntry(policy2),
    verdict: judged2.judgement.verdict,
    gates,
    deferrals: judged2.judgement.deferrals,
    inputs: judged2.inputs.map(inputEntry).sort(compareEntries),
    summary: summarise(gates),
    // Absent when empty, so a readiness with nothing to warn about keeps the first edition's bytes (§7: additive).
    ...warnings.length > 0 ? { warnings } : {},
    ...view.additions
  };
  const reasons = Object.fromEntries(
    view.gates.map((gate2) => [gate2.gate, gate2.reasons])
  );
  return { readiness, problems: { reasons, warnings: sorted.map((entry) => entry.problem) } };
}
function renderGate(gate2) {
  return { ...gate2, reasons: gate2.reasons.map((reason2) => ({ code: reason2.code, message: renderProblem(reason2) })) };
}
function renderWarning(warning2) {
  const gate2 = warning2.args.gate;
  return {
    code: warning2.code,
    ...isGateId(gate2) ? { gate: gate2 } : {},
    message: renderProblem(warning2)
  };
}
function byWarning({ warning: a }, { warning: b }) {
  return compareText(a.code, b.code) || compareText(a.gate ?? "", b.gate ?? "") || compareText(a.message, b.message);
}
function policyEntry(policy2) {
  const entry = { maxAge: { ...policy2.maxAge }, clockSkew: policy2.clockSkew, requiredGates: [...policy2.requiredGates] };
  return Object.keys(policy2.floors).length > 0 ? { ...entry, floors: policy2.floors } : entry;
}
function inputEntry(input3) {
  const named2 = input3.id === void 0 ? {} : { id: input3.id };
  return {
    kind: input3.kind ?? UNKNOWN_KIND,
    ...named2,
    digest: input3.digest,
    valid: input3.valid,
    findings: input3.findings
  };
}
function compareEntries(a, b) {
  return compareText(a.kind, b.kind) || compareText(a.id ?? "", b.id ?? "") || compareText(a.digest, b.digest) || Number(a.valid) - Number(b.valid) || a.findings - b.findings;
}
function summarise(gates) {
  const summary2 = Object.fromEntries(GATE_STATUSES.map((status) => [status, 0]));
  for (const gate2 of gates) summary2[gate2.status] += 1;
  return summary2;
}
var init_readiness_document = __esm({
  "src/readiness/readiness-document.ts"() {
    "use strict";
    init_contract();
    init_compare();
    init_problem2();
    init_inputs2();
  }
});

// src/readiness/evaluate.ts
async function evaluateReadiness(request) {
  const { candidate, now } = request;
  const nowInstant = exactInstantOf(now);
  if (Number.isNaN(nowInstant.ms)) throw new TypeError("now is not a contract timestamp");
  const candidateCheck = validateDocument(candidate, { expectKind: "release-candidate" });
  if (!candidateCheck.ok) {
    const codes = [...new Set(candidateCheck.errors.map((issue2) => issue2.code))].sort().join(", ");
    throw new TypeError(`candidate is not a valid release-candidate (${codes})`);
  }
  const policy2 = effectivePolicy(candidate.policy, request.policy);
  const checkOptions = inputCheckOptions(candidate, request.policy);
  const checks = request.documents.map(
    (document) => document.checked?.check ?? checkDocument(document.text ?? document.value, checkOptions)
  );
  const digests = await Promise.all(
    request.documents.map(
      (document, index) => document.checked?.digest ?? inputDigest(document, checks[index])
    )
  );
  const inputs = request.documents.map(
    (document, index) => checkedInput(document, checks[index], digests[index])
  );
  const judged2 = {
    candidate,
    policy: policy2,
    byGate: inputsByGate(inputs),
    anyInvalidInput: inputs.some((input3) => !input3.valid)
  };
  const judgement = judgeAt(judged2, nowInstant);
  const view = operatorView(judged2, judgement, nowInstant, problemsByDigest(checks, digests));
  const warnings = [...policyWarnings(policy2), ...view.warnings];
  const { readiness, problems } = readinessDocument({ candidate, now, policy: policy2, inputs, judgement, view, warnings });
  return { readiness, checks, digests, problems };
}
function inputCheckOptions(candidate, policy2) {
  return { clockSkewMs: durationMs2(effectivePolicy(candidate.policy, policy2).clockSkew) };
}
async function checkInput(document, options) {
  const check2 = checkDocument(document.text ?? document.value, options);
  return { check: check2, digest: await inputDigest(document, check2) };
}
var init_evaluate = __esm({
  "src/readiness/evaluate.ts"() {
    "use strict";
    init_contract();
    init_privacy2();
    init_effective_policy();
    init_inputs2();
    init_judge();
    init_operator_view();
    init_readiness_document();
    init_time2();
    init_warnings();
  }
});

// src/readiness/index.ts
var init_readiness3 = __esm({
  "src/readiness/index.ts"() {
    "use strict";
    init_evaluate();
  }
});

// src/cli/file-checks.ts
function listedFindings(findings) {
  if (findings.length <= MOST_FINDINGS_LISTED) return { findings };
  const listed = findings.slice(0, MOST_FINDINGS_LISTED);
  const classes = new Set(listed.map((finding2) => finding2.class));
  for (const finding2 of findings.slice(MOST_FINDINGS_LISTED)) {
    if (classes.has(finding2.class) && finding2.pointer !== "/id") continue;
    classes.add(finding2.class);
    listed.push(finding2);
  }
  return { findings: listed, omittedFindings: findings.length - listed.length };
}
function scanFile(input3, context) {
  const nameFindings = scanPath(input3.path, context);
  if ("error" in input3) return { path: input3.path, findings: nameFindings, error: readFailure(input3.error) };
  const result2 = scanText(input3.text);
  context.withhold(result2.withheld);
  const listed = listedFindings([...nameFindings, ...result2.findings]);
  const error = result2.error && parseIssue(result2.error);
  return error ? { path: input3.path, ...listed, error } : { path: input3.path, ...listed };
}
function validateFile(input3, context) {
  const nameFindings = scanPath(input3.path, context);
  if ("error" in input3) {
    const errors = [readFailure(input3.error)];
    return { path: input3.path, kind: null, id: null, ok: false, errors, findings: nameFindings, unreadable: true };
  }
  const check2 = checkDocument(input3.text);
  context.withhold(check2.withheld);
  const idIsFinding = check2.findings.some((finding2) => finding2.pointer === "/id");
  return {
    path: input3.path,
    kind: check2.kind ?? null,
    id: idIsFinding ? null : check2.id ?? null,
    ok: check2.ok && nameFindings.length === 0,
    errors: check2.errors,
    ...listedFindings([...nameFindings, ...check2.findings]),
    unreadable: check2.errors.some((error) => error.code.startsWith("json-"))
  };
}
async function checkEvidence(input3, _context, options = {}) {
  if ("error" in input3) return input3;
  const { check: check2, digest: digest2 } = await checkInput({ text: input3.text }, options);
  const { findings, omittedFindings } = listedFindings(check2.findings);
  const listed = omittedFindings === void 0 ? check2 : { ...check2, findings: [...findings], omittedFindings };
  return { path: input3.path, check: listed, digest: digest2, withheld: check2.withheld };
}
function readFailure(cause) {
  return { code: "io-error", pointer: "", cause };
}
var MOST_FINDINGS_LISTED, FILE_CHECKS;
var init_file_checks = __esm({
  "src/cli/file-checks.ts"() {
    "use strict";
    init_contract();
    init_privacy2();
    init_readiness3();
    init_path_scan();
    MOST_FINDINGS_LISTED = 1e3;
    FILE_CHECKS = { scan: scanFile, validate: validateFile, evidence: checkEvidence };
  }
});

// src/cli/scan-inputs.ts
import { relative, resolve as resolve2, sep as sep2 } from "node:path";
async function listInputs(paths, context) {
  if (paths.length === 0) throw new UsageError("give at least one PATH (a file or a directory)");
  const { files, errors } = await collectJsonFiles(paths, context);
  const inputs = [...files, ...errors.map(problemOf)];
  return inputs.sort((a, b) => compareText(pathOf(a), pathOf(b)));
}
async function readInput2(entry, context) {
  if (typeof entry !== "string") return { path: entry.args.path, error: entry };
  try {
    return { path: entry, text: await readTextFile(entry, context) };
  } catch (error) {
    if (error.name !== "InputError") throw error;
    return { path: entry, error: problemOf(error) };
  }
}
function repositoryPath(path) {
  return relative(process.cwd(), resolve2(path)).split(sep2).join("/");
}
function problemOf(error) {
  return error.problem;
}
function pathOf(input3) {
  return typeof input3 === "string" ? input3 : input3.args.path;
}
var init_scan_inputs = __esm({
  "src/cli/scan-inputs.ts"() {
    "use strict";
    init_compare();
    init_errors();
    init_io();
  }
});

// src/cli/pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
async function* checkFiles(check2, paths, context) {
  yield* checkEntries(check2, await listInputs(paths, context), context);
}
async function* checkEntries(check2, entries, context, options = {}) {
  const here = async (entry) => await FILE_CHECKS[check2](await readInput2(entry, context), context, options);
  const threads = threadCount(context.env, entries.length);
  if (threads <= 1) {
    for (const entry of entries) yield structuredClone(await here(entry));
    return;
  }
  const pool = new WorkerPool(threads);
  try {
    const work = async (entry) => {
      if (typeof entry !== "string") return here(entry);
      const cleanPath = scanPath(entry, context).length === 0;
      const reply = await pool.run({ check: check2, path: entry, cleanPath, options });
      if (!reply.ok) throw Object.assign(new Error("worker failed"), { name: reply.errorName });
      context.withhold(reply.withheld);
      return reply.result;
    };
    const taking = (entry) => context.processing(typeof entry === "string" ? entry : entry.args.path);
    yield* inOrder(entries, threads * QUEUE_PER_WORKER, work, taking);
  } finally {
    await pool.close();
  }
}
function threadCount(env, files, workers = existsSync(WORKER_FILE)) {
  const given = env.RELEASE_EVIDENCE_THREADS;
  if (given !== void 0 && given !== "" && !/^[1-9][0-9]{0,2}$/.test(given))
    throw new UsageError("RELEASE_EVIDENCE_THREADS takes a whole number of threads from 1 to 999");
  if (!workers) {
    if (given && given !== "1")
      throw new UsageError("RELEASE_EVIDENCE_THREADS: this build has no worker threads (the Action runs on one)");
    return 1;
  }
  const wanted = given ? Number(given) : Math.min(availableParallelism(), Math.floor(files / MIN_FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}
async function* inOrder(entries, window, work, taking) {
  const pending = [];
  let next = 0;
  const start = () => {
    const entry = entries[next++];
    const running = work(entry);
    running.catch(() => {
    });
    pending.push({ entry, running });
  };
  while (next < entries.length && pending.length < window) start();
  while (pending.length > 0) {
    const { entry, running } = pending.shift();
    const settled = await running.then(
      (result2) => ({ ok: true, result: result2 }),
      (error) => ({ ok: false, error })
    );
    taking(entry);
    if (!settled.ok) throw settled.error;
    if (next < entries.length) start();
    yield settled.result;
  }
}
var MIN_FILES_PER_WORKER, QUEUE_PER_WORKER, WORKER_LIMITS, WORKER_FILE, WorkerPool;
var init_pool = __esm({
  "src/cli/pool.ts"() {
    "use strict";
    init_errors();
    init_file_checks();
    init_path_scan();
    init_scan_inputs();
    MIN_FILES_PER_WORKER = 200;
    QUEUE_PER_WORKER = 8;
    WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 };
    WORKER_FILE = fileURLToPath(new URL("./pool-worker.mjs", import.meta.url));
    WorkerPool = class {
      workers = [];
      nextId = 0;
      constructor(size) {
        for (let index = 0; index < size; index++) {
          const worker = new Worker(WORKER_FILE, {
            stdout: true,
            stderr: true,
            resourceLimits: WORKER_LIMITS
          });
          worker.stdout.resume();
          worker.stderr.resume();
          const entry = { worker, pending: /* @__PURE__ */ new Map(), ended: false };
          worker.on("message", (reply) => {
            entry.pending.get(reply.id)?.(reply);
            entry.pending.delete(reply.id);
          });
          const end = (errorName) => {
            entry.ended = true;
            for (const [id, done] of entry.pending) done({ id, ok: false, errorName });
            entry.pending.clear();
          };
          worker.once("error", (error) => {
            const { code: code2, name } = error;
            end(typeof code2 === "string" && /^ERR_[A-Z_]+$/.test(code2) ? code2 : name ?? "Error");
          });
          worker.once("exit", () => end("Error"));
          worker.on("messageerror", () => end("DataCloneError"));
          this.workers.push(entry);
        }
      }
      run(task) {
        let entry;
        for (const next of this.workers) {
          if (!next.ended && (entry === void 0 || next.pending.size < entry.pending.size)) entry = next;
        }
        const id = this.nextId++;
        if (!entry) return Promise.resolve({ id, ok: false, errorName: "Error" });
        return new Promise((done) => {
          entry.pending.set(id, done);
          entry.worker.postMessage({ ...task, id });
        });
      }
      async close() {
        await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
      }
    };
  }
});

// src/cli/render/file-error.ts
function fileErrorJson(error) {
  return "cause" in error ? { code: error.code, pointer: error.pointer, message: renderProblem(error.cause) } : issueJson(error);
}
var fileErrorMessage;
var init_file_error = __esm({
  "src/cli/render/file-error.ts"() {
    "use strict";
    init_format();
    init_problem2();
    fileErrorMessage = (error) => fileErrorJson(error).message;
  }
});

// src/cli/render/json.ts
function scanJson({ files }) {
  const findings = files.flatMap(
    ({ path, findings: findings2 }) => findings2.map((finding2) => ({ path, ...findingJson(finding2) }))
  );
  const errors = files.flatMap(
    ({ path, error }) => error ? [{ path, code: error.code, message: fileErrorMessage(error) }] : []
  );
  const omitted = files.flatMap(
    ({ path, omittedFindings }) => omittedFindings ? [{ path, findings: omittedFindings }] : []
  );
  const value2 = { ok: findings.length === 0 && errors.length === 0, findings, errors };
  return { type: "json", value: omitted.length === 0 ? value2 : { ...value2, omitted } };
}
function validateJson({ documents }) {
  const ok = documents.every((document) => document.ok);
  const shown3 = documents.map(({ path, kind, id, ok: valid, errors, findings, omittedFindings }) => ({
    path,
    kind,
    id,
    ok: valid,
    errors: errors.map(fileErrorJson),
    findings: findings.map(findingJson),
    ...omittedFindings ? { omittedFindings } : {}
  }));
  return { type: "json", value: { ok, documents: shown3 } };
}
function canonicalJson2(value2, pretty = false) {
  return { type: "json", value: value2, canonical: true, pretty };
}
function verifyJson({ verification }) {
  const reasons = verification.reasons.map((reason2) => ({ code: reason2.code, message: renderProblem(reason2) }));
  return canonicalJson2({ ...verification, reasons });
}
var init_json3 = __esm({
  "src/cli/render/json.ts"() {
    "use strict";
    init_format();
    init_problem2();
    init_file_error();
  }
});

// src/cli/render/text.ts
function scanText2({ files }) {
  const out = [];
  for (const { path, findings: findings2, omittedFindings, error } of files) {
    out.push(
      `${error ? "ERROR" : findings2.length > 0 ? "FAIL " : "OK   "} ${path}${error ? `: ${fileErrorMessage(error)}` : ""}`
    );
    for (const finding2 of findings2) out.push(`  ${describeFinding(finding2)}`);
    if (omittedFindings) out.push(`  ${describeOmitted(omittedFindings)}`);
  }
  const findings = files.reduce((sum, file) => sum + file.findings.length + (file.omittedFindings ?? 0), 0);
  const failed = files.filter((file) => file.findings.length > 0).length;
  const errors = files.filter((file) => file.error).length;
  out.push(`${files.length} documents scanned: ${findings} findings in ${failed} documents, ${errors} unreadable`);
  return lines2(out);
}
function validateText({ documents }) {
  const out = [];
  for (const document of documents) {
    const status = document.unreadable ? "ERROR" : document.ok ? "OK   " : "FAIL ";
    out.push(`${status} ${document.path}  ${document.kind ?? "(unknown kind)"}  ${document.id ?? "(no id)"}`);
    for (const error of document.errors)
      out.push(`  error    ${error.code}  ${error.pointer || "/"}  ${fileErrorMessage(error)}`);
    for (const finding2 of document.findings) out.push(`  finding  ${describeFinding(finding2)}`);
    if (document.omittedFindings) out.push(`  finding  ${describeOmitted(document.omittedFindings)}`);
  }
  const failed = documents.filter((document) => !document.ok).length;
  out.push(`${documents.length} documents checked: ${documents.length - failed} OK, ${failed} failed`);
  return lines2(out);
}
function describeFinding(finding2) {
  const shadowed = finding2.shadowed ? " (shadowed duplicate member)" : "";
  return `${finding2.line}:${finding2.column}  ${finding2.class}  ${finding2.rule}  ${finding2.pointer || "/"}  ${finding2.redacted}${shadowed}`;
}
function describeOmitted(count2) {
  const findings = count2 === 1 ? "finding" : "findings";
  return `… and ${count2} more ${findings}, not listed (a file lists its first ${MOST_FINDINGS_LISTED} and the first of each other class)`;
}
function verifyText({ packetPath, verification }) {
  return { type: "text", draw: (options) => formatVerificationText(packetPath, verification, options) };
}
function fixtureText({ check: check2 }) {
  const out = [];
  for (const clause of check2.clauses) {
    out.push(`${clause.ok ? "OK  " : "FAIL"} ${clause.clause}`);
    for (const reason2 of clause.reasons) out.push(`     ${reason2.code}: ${renderProblem(reason2)}`);
  }
  out.push(check2.ok ? "fixture passes every clause" : "fixture fails at least one clause");
  return lines2(out);
}
var lines2;
var init_text = __esm({
  "src/cli/render/text.ts"() {
    "use strict";
    init_format();
    init_problem2();
    init_file_checks();
    init_file_error();
    lines2 = (text3) => ({ type: "lines", lines: text3 });
  }
});

// src/cli/validate.ts
var validate_exports = {};
__export(validate_exports, {
  default: () => validate_default
});
var validate_default;
var init_validate2 = __esm({
  "src/cli/validate.ts"() {
    "use strict";
    init_command();
    init_github2();
    init_pool();
    init_json3();
    init_text();
    validate_default = defineCliCommand({
      meta: { name: "validate", description: "Check schema, consistency and privacy of evidence documents (spec §10)." },
      options: {},
      positionals: [{ name: "PATHS", description: "files or directories (read recursively for *.json)", variadic: true }],
      formats: { text: validateText, json: validateJson },
      async run(args, context) {
        const documents = [];
        for await (const document of checkFiles("validate", args.positionals, context)) documents.push(document);
        const unreadable = documents.some((document) => document.unreadable);
        const outcome = unreadable ? "usage-error" : documents.every((d) => d.ok) ? "ok" : "not-acceptable";
        return { outcome, documents };
      },
      report: (result2) => ({ annotations: annotationsOf(result2.documents) })
    });
  }
});

// src/cli/render/sarif.ts
function scanSarif({ files }) {
  const inputs = files.map(({ path, findings, omittedFindings }) => ({
    path: repositoryPath(path),
    findings,
    ...omittedFindings ? { omittedFindings } : {}
  }));
  return { type: "json", value: toSarif(inputs, VERSION) };
}
var init_sarif2 = __esm({
  "src/cli/render/sarif.ts"() {
    "use strict";
    init_format();
    init_scan_inputs();
    init_version();
  }
});

// src/cli/scan.ts
var scan_exports = {};
__export(scan_exports, {
  default: () => scan_default,
  outcomeOf: () => outcomeOf
});
function outcomeOf(files) {
  if (files.some((file) => file.error)) return "usage-error";
  return files.some((file) => file.findings.length > 0) ? "not-acceptable" : "ok";
}
var rulesText, rulesJson, scan_default;
var init_scan = __esm({
  "src/cli/scan.ts"() {
    "use strict";
    init_privacy2();
    init_command();
    init_github2();
    init_pool();
    init_json3();
    init_sarif2();
    init_text();
    rulesText = (rules) => ({ type: "lines", lines: renderRuleList(rules).split("\n") });
    rulesJson = (rules) => ({
      type: "json",
      value: {
        rules: rules.map((rule) => ({
          id: rule.id,
          class: rule.class,
          title: rule.title,
          description: rule.description,
          shape: describeShape(rule),
          helpUri: ruleHelpUri(rule)
        }))
      }
    });
    scan_default = defineCliCommand({
      meta: { name: "scan", description: "Privacy-scan evidence documents (spec §8); exits 1 on any finding." },
      options: {
        rules: { type: "boolean", description: "print the rule catalogue (id, class, title) instead of scanning" }
      },
      positionals: [{ name: "PATHS", description: "files or directories (read recursively for *.json)", variadic: true }],
      formats: {
        text: (result2) => result2.catalogue ? rulesText(result2.catalogue) : scanText2(result2),
        json: (result2) => result2.catalogue ? rulesJson(result2.catalogue) : scanJson(result2),
        sarif: scanSarif
      },
      async run(args, context) {
        if (args.values.rules) return { outcome: "ok", files: [], catalogue: RULES };
        const files = [];
        for await (const file of checkFiles("scan", args.positionals, context)) files.push(file);
        return { outcome: outcomeOf(files), files };
      },
      report: (result2) => ({ annotations: annotationsOf(result2.files) })
    });
  }
});

// src/cli/readiness-inputs.ts
async function loadReadinessInputs(args, context, clock = () => /* @__PURE__ */ new Date()) {
  const { candidate: candidatePath, policy: policyPath } = args.values;
  const evidencePaths = [...args.values.evidence, ...args.positionals];
  if (evidencePaths.length === 0) throw new UsageError("option --evidence needs at least one path");
  const now = nowOption(args.values.now, clock);
  const candidateText = await readTextFile(candidatePath, context);
  const candidate = await loadCandidate(candidatePath, candidateText, context);
  const policy2 = policyPath === void 0 ? void 0 : await loadPolicy(policyPath, context);
  const checkOptions = inputCheckOptions(candidate, policy2);
  const { documents, paths, directories } = await loadEvidence(evidencePaths, checkOptions, context);
  const files = [candidatePath, ...policyPath === void 0 ? [] : [policyPath], ...paths];
  return { candidate, candidateText, policy: policy2, now, documents, paths, inputPaths: { files, directories } };
}
function nowOption(now, clock) {
  if (now === void 0)
    return clock().toISOString().replace(/\.[0-9]{3}Z$/, "Z");
  if (Number.isNaN(instantOf(now)))
    throw new UsageError("option --now takes an RFC 3339 timestamp with seconds and an offset");
  return now;
}
async function loadCandidate(path, text3, context) {
  const check2 = checkDocument(text3, { expectKind: "release-candidate" });
  context.withhold(check2.withheld);
  if (!check2.ok) throw new InputError("candidate-invalid", { path, ...summaryArgs(check2) });
  return check2.value;
}
async function loadPolicy(path, context) {
  const text3 = await readTextFile(path, context);
  const { findings, withheld } = scanText(text3);
  context.withhold(withheld);
  if (findings.length > 0) throw new InputError("policy-findings", { path, ...summaryArgs({ errors: [], findings }) });
  const result2 = validatePolicy(text3);
  const jsonError = result2.errors.find((issue2) => issue2.code.startsWith("json-"));
  if (jsonError) throw new InputError("policy-not-json", { path, cause: jsonError.code });
  if (!result2.ok || result2.value === void 0) {
    const { issues, issuePointers } = summaryArgs({ errors: result2.errors, findings: [] });
    throw new InputError("policy-invalid", { path, issues, issuePointers });
  }
  return result2.value;
}
async function loadEvidence(paths, options, context) {
  const collected = await collectJsonFiles(paths, context);
  const [missing] = collected.errors;
  if (missing) throw missing;
  const documents = [];
  for await (const evidence of checkEntries("evidence", collected.files, context, options)) {
    if ("error" in evidence) throw InputError.of(evidence.error);
    const check2 = Object.hasOwn(evidence.check, "withheld") ? evidence.check : withWithheld(evidence.check, evidence.withheld);
    documents.push({ checked: { check: check2, digest: evidence.digest } });
  }
  return { documents, paths: [...collected.files], directories: collected.directories };
}
function summaryArgs(check2) {
  return {
    issues: check2.errors.map((issue2) => issue2.code),
    issuePointers: check2.errors.map((issue2) => issue2.pointer),
    findings: check2.findings.map((finding2) => finding2.class),
    findingPointers: check2.findings.map((finding2) => finding2.pointer),
    ...check2.omittedFindings ? { omittedFindings: check2.omittedFindings } : {}
  };
}
function invalidEvidence(paths, checks, context) {
  for (const check2 of checks) context.withhold(check2.withheld);
  checks.forEach((check2, index) => {
    const notJson = check2.errors.find((issue2) => issue2.code.startsWith("json-") && issue2.code !== "json-not-object");
    if (notJson) throw new InputError("evidence-not-json", { path: paths[index] ?? "?", cause: notJson.code });
  });
  return checks.flatMap(
    (check2, index) => check2.ok ? [] : [cliProblem("evidence-invalid", { path: paths[index] ?? "?", ...summaryArgs(check2) })]
  );
}
var EVIDENCE_OPTION, READINESS_OPTIONS;
var init_readiness_inputs = __esm({
  "src/cli/readiness-inputs.ts"() {
    "use strict";
    init_contract();
    init_privacy2();
    init_readiness3();
    init_time2();
    init_errors();
    init_io();
    init_pool();
    EVIDENCE_OPTION = {
      type: "string",
      description: "evidence files or directories (every following path counts)",
      valueHint: "PATH…",
      variadic: true
    };
    READINESS_OPTIONS = {
      candidate: { type: "string", description: "the release-candidate document", valueHint: "FILE", required: true },
      evidence: EVIDENCE_OPTION,
      now: { type: "string", description: "the instant to judge at (default: the clock)", valueHint: "TIMESTAMP" },
      policy: { type: "string", description: "a policy document applied over the candidate's own", valueHint: "FILE" }
    };
  }
});

// src/cli/render/html.ts
function readinessHtml(result2) {
  return {
    type: "html",
    text: formatReadinessHtml(result2.readiness, {
      candidate: result2.candidate,
      documents: reportDocuments(result2)
    })
  };
}
function packetHtml(result2) {
  return { type: "html", text: formatPacketHtml(result2.packet, { documents: reportDocuments(result2) }) };
}
var init_html2 = __esm({
  "src/cli/render/html.ts"() {
    "use strict";
    init_format();
  }
});

// src/cli/render/in-toto.ts
function readinessInToto(result2) {
  return canonicalJson2(toInTotoStatement(result2.readiness));
}
function readinessPredicate(result2) {
  return canonicalJson2(result2.readiness);
}
var init_in_toto2 = __esm({
  "src/cli/render/in-toto.ts"() {
    "use strict";
    init_format();
    init_json3();
  }
});

// src/cli/render/markdown.ts
function readinessMarkdown(result2) {
  return { type: "markdown", text: formatReadinessMarkdown(result2.readiness) };
}
function packetMarkdown(readiness, artifacts) {
  return { type: "markdown", text: formatReadinessMarkdown(readiness, { artifacts }) };
}
function readinessSummary(readiness, maxBytes, artifacts) {
  const limit = Math.min(maxBytes, DEFAULT_MARKDOWN_MAX_BYTES);
  return formatReadinessMarkdown(readiness, artifacts ? { artifacts, maxBytes: limit } : { maxBytes: limit });
}
var init_markdown2 = __esm({
  "src/cli/render/markdown.ts"() {
    "use strict";
    init_format();
  }
});

// src/cli/readiness.ts
var readiness_exports = {};
__export(readiness_exports, {
  default: () => readiness_default,
  judged: () => judged,
  readinessReport: () => readinessReport
});
function judged(readiness, checks, paths, context) {
  const invalid = invalidEvidence(paths, checks, context);
  const named2 = paths.filter((path) => scanPath(path, context).length > 0);
  for (const path of named2) invalid.push(cliProblem("evidence-name-finding", { path }));
  const outcome = named2.length > 0 ? "not-acceptable" : outcomeOfVerdict(readiness.verdict);
  return { outcome, invalidEvidence: invalid };
}
function readinessReport(result2) {
  const files = result2.checks.map((check2, index) => ({ path: result2.paths[index] ?? "?", findings: check2.findings }));
  return {
    messages: result2.invalidEvidence.map(evidenceLine),
    stepSummary: (maxBytes) => readinessSummary(result2.readiness, maxBytes),
    annotations: annotationsOf(files, result2.readiness)
  };
}
var readiness_default;
var init_readiness4 = __esm({
  "src/cli/readiness.ts"() {
    "use strict";
    init_format();
    init_readiness3();
    init_command();
    init_errors();
    init_github2();
    init_path_scan();
    init_readiness_inputs();
    init_html2();
    init_in_toto2();
    init_json3();
    init_markdown2();
    init_problem3();
    init_result();
    readiness_default = defineCliCommand({
      meta: { name: "readiness", description: "Judge a release candidate against its evidence (release-readiness)." },
      options: READINESS_OPTIONS,
      formats: {
        json: (result2) => canonicalJson2(result2.readiness),
        text: (result2) => ({
          type: "text",
          draw: (options) => formatReadinessText(result2.readiness, options)
        }),
        markdown: readinessMarkdown,
        html: readinessHtml,
        "in-toto": readinessInToto,
        predicate: readinessPredicate
      },
      defaultFormat: (terminal) => terminal ? "text" : "json",
      async run(args, context) {
        const inputs = await loadReadinessInputs(args, context);
        const { readiness, checks, digests } = await evaluateReadiness(inputs);
        const { candidate, paths } = inputs;
        return { ...judged(readiness, checks, paths, context), readiness, checks, digests, candidate, paths };
      },
      report: readinessReport
    });
  }
});

// src/packet/artifacts.ts
function artifactsOf({ readiness, checks, digests }) {
  const classByDigest = /* @__PURE__ */ new Map();
  checks.forEach((check2, index) => {
    const documentClass = check2.value === void 0 ? void 0 : classOf(check2.value);
    if (documentClass !== void 0) classByDigest.set(digests[index], documentClass);
  });
  const artifacts = [];
  for (const input3 of readiness.inputs) {
    const documentClass = classByDigest.get(input3.digest);
    if (!isEvidenceKind(input3.kind) || input3.id === void 0 || documentClass === void 0) continue;
    artifacts.push({ kind: input3.kind, id: input3.id, class: documentClass, digest: input3.digest });
  }
  return artifacts.sort(compareArtifacts);
}
function compareArtifacts(a, b) {
  return compareText(a.kind, b.kind) || compareText(a.id, b.id) || compareText(a.digest, b.digest) || compareText(a.class, b.class);
}
var init_artifacts = __esm({
  "src/packet/artifacts.ts"() {
    "use strict";
    init_contract();
    init_compare();
  }
});

// src/packet/digest.ts
function packetDigestOf(packet) {
  const { packetDigest: _ignored, ...rest } = packet;
  return digestOf(rest);
}
var init_digest2 = __esm({
  "src/packet/digest.ts"() {
    "use strict";
    init_json();
  }
});

// src/packet/build.ts
async function buildPacket(request) {
  const outcome = await evaluateReadiness(request);
  const { readiness } = outcome;
  const { candidate } = request;
  const unsealed = {
    contract: CONTRACT,
    kind: "release-packet",
    id: derivedId("packet", candidate.id),
    generatedAt: request.now,
    subject: candidate.subject,
    candidate,
    readiness,
    artifacts: artifactsOf(outcome)
  };
  const packet = { ...unsealed, packetDigest: await packetDigestOf(unsealed) };
  return { ...outcome, packet };
}
var init_build = __esm({
  "src/packet/build.ts"() {
    "use strict";
    init_contract();
    init_readiness3();
    init_artifacts();
    init_digest2();
  }
});

// src/packet/match.ts
function compareDocuments(recorded, given) {
  const name = (ref) => `${ref.kind}\0${ref.id ?? ""}`;
  const { onlyLeft, onlyRight } = leftovers(recorded, given, (ref) => `${name(ref)}\0${ref.digest}`);
  const unpairedByName = /* @__PURE__ */ new Map();
  for (const ref of onlyRight) {
    const queue = unpairedByName.get(name(ref));
    if (queue) queue.push(ref);
    else unpairedByName.set(name(ref), [ref]);
  }
  const paired = /* @__PURE__ */ new Set();
  const changed = [];
  const missing = [];
  for (const ref of onlyLeft) {
    const now = unpairedByName.get(name(ref))?.shift();
    if (now === void 0) {
      missing.push(ref);
      continue;
    }
    paired.add(now);
    const id = ref.id === void 0 ? {} : { id: ref.id };
    changed.push({ kind: ref.kind, ...id, expected: ref.digest, actual: now.digest });
  }
  return { changed, missing, extra: onlyRight.filter((ref) => !paired.has(ref)) };
}
function leftovers(left, right, key) {
  const unmatched2 = /* @__PURE__ */ new Map();
  for (const item of right) unmatched2.set(key(item), (unmatched2.get(key(item)) ?? 0) + 1);
  const take = (item) => {
    const count2 = unmatched2.get(key(item)) ?? 0;
    if (count2 > 0) unmatched2.set(key(item), count2 - 1);
    return count2 > 0;
  };
  const onlyLeft = left.filter((item) => !take(item));
  const onlyRight = right.filter(take);
  return { onlyLeft, onlyRight };
}
var init_match2 = __esm({
  "src/packet/match.ts"() {
    "use strict";
  }
});

// src/packet/verify.ts
async function verifyPacket(packet, documents) {
  const check2 = checkDocument(packet, { expectKind: "release-packet" });
  if (!check2.ok) {
    return {
      ok: false,
      ...NOTHING_COMPARED,
      packetDigestOk: false,
      readinessMatches: false,
      reasons: schemaReasons(check2)
    };
  }
  const sealed = check2.value;
  const packetDigestOk = await packetDigestOf(sealed) === sealed.packetDigest;
  const recorded = sealed.readiness;
  let outcome;
  try {
    const request = { candidate: sealed.candidate, documents, policy: recorded.policy, now: recorded.now };
    outcome = await evaluateReadiness(request);
  } catch {
    const reasons2 = [problem("readiness-not-reproducible")];
    return { ok: false, ...NOTHING_COMPARED, packetDigestOk, readinessMatches: false, reasons: reasons2 };
  }
  const rerun = outcome.readiness;
  const comparison = compareDocuments(recorded.inputs.map(refOf2), rerun.inputs.map(refOf2));
  const readinessMatches = canonicalJson(rerun) === canonicalJson(recorded);
  const artifactsMatch = canonicalJson(artifactsOf(outcome)) === canonicalJson(sealed.artifacts);
  const reasons = [
    ...documentReasons(comparison),
    ...packetDigestOk ? [] : [problem("packet-digest-mismatch")],
    ...artifactsMatch ? [] : [problem("artifacts-mismatch")],
    ...readinessMatches ? [] : [problem("readiness-mismatch")]
  ];
  return { ok: reasons.length === 0, ...comparison, packetDigestOk, readinessMatches, reasons };
}
function refOf2(input3) {
  return { kind: input3.kind ?? "unknown", ...input3.id === void 0 ? {} : { id: input3.id }, digest: input3.digest };
}
function documentReasons({ changed, missing, extra }) {
  const named2 = (ref) => ref.id === void 0 ? { kind: ref.kind } : { kind: ref.kind, id: ref.id };
  return [
    ...changed.map((ref) => problem("document-changed", named2(ref))),
    ...missing.map((ref) => problem("document-missing", named2(ref))),
    ...extra.map((ref) => problem("document-extra", named2(ref)))
  ];
}
function schemaReasons({ errors, findings }) {
  const problems = [
    ...errors.map((issue2) => problem("packet-invalid", { issue: issue2.code, at: issue2.pointer }, issue2.pointer)),
    ...findings.map(
      (finding2) => problem("packet-privacy", { class: finding2.class, at: finding2.pointer }, finding2.pointer)
    )
  ];
  const listed = problems.slice(0, MAX_LISTED_ISSUES);
  const more = problems.length - listed.length;
  return more > 0 ? [...listed, problem("packet-invalid", { more })] : listed;
}
var NOTHING_COMPARED, MAX_LISTED_ISSUES;
var init_verify = __esm({
  "src/packet/verify.ts"() {
    "use strict";
    init_json();
    init_privacy2();
    init_problem2();
    init_readiness3();
    init_artifacts();
    init_digest2();
    init_match2();
    NOTHING_COMPARED = { changed: [], missing: [], extra: [] };
    MAX_LISTED_ISSUES = 20;
  }
});

// src/packet/index.ts
var init_packet3 = __esm({
  "src/packet/index.ts"() {
    "use strict";
    init_build();
    init_verify();
  }
});

// src/cli/packet.ts
var packet_exports = {};
__export(packet_exports, {
  default: () => packet_default
});
var packet_default;
var init_packet4 = __esm({
  "src/cli/packet.ts"() {
    "use strict";
    init_format();
    init_json();
    init_packet3();
    init_command();
    init_outputs();
    init_path_scan();
    init_readiness4();
    init_readiness_inputs();
    init_html2();
    init_json3();
    init_markdown2();
    packet_default = defineCliCommand({
      meta: {
        name: "packet",
        description: "Build a release-packet: the candidate, its readiness and a digest per document."
      },
      options: {
        ...READINESS_OPTIONS,
        out: { type: "string", description: "where to write the packet, as JSON", valueHint: "FILE", required: true },
        markdown: { type: "string", description: "also write the readiness summary as Markdown", valueHint: "FILE" },
        html: { type: "string", description: "also write a self-contained HTML report", valueHint: "FILE" }
      },
      // Off a terminal stdout stays empty unless asked, as it always was: the packet is in --out.
      formats: {
        text: (result2) => ({ type: "text", draw: (options) => formatPacketText(result2.packet, options) }),
        json: (result2) => ({ type: "json", value: result2.packet, canonical: true, pretty: true })
      },
      defaultFormat: (terminal) => terminal ? "text" : void 0,
      async run(args, context) {
        const { out } = args.values;
        const reports = ["markdown", "html"].flatMap((option) => {
          const path = args.values[option];
          return path === void 0 ? [] : [{ option: `--${option}`, path }];
        });
        const outputs = [{ option: "--out", path: out }, ...reports];
        for (const output of outputs) scanPath(output.path, context);
        const inputs = await loadReadinessInputs(args, context);
        await refuseOverlaps(outputs, inputs.inputPaths);
        const { packet, readiness, checks, digests } = await buildPacket(inputs);
        const { candidate, paths } = inputs;
        const base = { readiness, checks, digests, candidate, paths, packet, out };
        const pathOf2 = (option) => reports.find((report) => report.option === option)?.path;
        const optional2 = { markdownPath: pathOf2("--markdown"), htmlPath: pathOf2("--html") };
        return { ...judged(readiness, checks, paths, context), ...base, ...optional2 };
      },
      report(result2) {
        const packetFile = canonicalJson2(result2.packet, true);
        const files = [{ path: result2.out, output: packetFile }];
        if (result2.markdownPath !== void 0) {
          files.push({ path: result2.markdownPath, output: packetMarkdown(result2.readiness, result2.packet.artifacts) });
        }
        if (result2.htmlPath !== void 0) files.push({ path: result2.htmlPath, output: packetHtml(result2) });
        const messages = [...readinessReport(result2).messages ?? []];
        if (utf8Length(formatJson(result2.packet, { pretty: true })) > DEFAULT_MAX_BYTES) {
          messages.push(
            `warning: ${result2.out} is larger than ${DEFAULT_MAX_BYTES} bytes, the document limit; verify-packet will refuse it`
          );
        }
        const { packet, readiness, out } = result2;
        messages.push(
          `packet ${out}: verdict ${readiness.verdict}, ${packet.artifacts.length} artifacts, ${packet.packetDigest}`
        );
        return {
          ...readinessReport(result2),
          files,
          messages,
          stepSummary: (maxBytes) => readinessSummary(readiness, maxBytes, packet.artifacts)
        };
      }
    });
  }
});

// src/cli/verify-packet.ts
var verify_packet_exports = {};
__export(verify_packet_exports, {
  default: () => verify_packet_default
});
import { resolve as resolve3 } from "node:path";
async function readPacketText(path, context) {
  const text3 = await readScannedFile(path, context);
  const parsed = parseJson(text3);
  if (!parsed.ok) throw new InputError("input-not-json", { path, cause: parsed.error.code });
  return text3;
}
async function readEvidence(paths, packetPath, context) {
  const collected = await collectJsonFiles(paths, context);
  const [firstError] = collected.errors;
  if (firstError) throw firstError;
  const packetFile = resolve3(packetPath);
  const documents = [];
  for (const file of collected.files) {
    if (resolve3(file) !== packetFile) documents.push({ text: await readScannedFile(file, context) });
  }
  return documents;
}
async function readScannedFile(path, context) {
  const text3 = await readTextFile(path, context);
  context.withhold(scanText(text3).withheld);
  return text3;
}
var verify_packet_default;
var init_verify_packet = __esm({
  "src/cli/verify-packet.ts"() {
    "use strict";
    init_json();
    init_packet3();
    init_privacy2();
    init_command();
    init_errors();
    init_io();
    init_readiness_inputs();
    init_json3();
    init_text();
    verify_packet_default = defineCliCommand({
      meta: { name: "verify-packet", description: "Check a release-packet against the evidence files it names." },
      options: { evidence: EVIDENCE_OPTION },
      positionals: [{ name: "PACKET", description: "the release-packet file", required: true }],
      formats: { text: verifyText, json: verifyJson },
      async run(args, context) {
        if (args.positionals.length !== 1)
          throw new UsageError("verify-packet takes exactly one packet FILE before --evidence");
        const [packetPath = ""] = args.positionals;
        const evidencePaths = args.values.evidence;
        if (evidencePaths.length === 0) throw new UsageError("option --evidence needs at least one path");
        const packet = await readPacketText(packetPath, context);
        const documents = await readEvidence(evidencePaths, packetPath, context);
        context.processing(void 0);
        const verification = await verifyPacket(packet, documents);
        return { outcome: verification.ok ? "ok" : "not-acceptable", packetPath, verification };
      }
    });
  }
});

// src/fixture/identity-terms.ts
function parseIdentityTerms(text3) {
  const terms = /* @__PURE__ */ new Set();
  for (const line of text3.split(/\r?\n|\r/)) {
    const term = line.trim();
    if (term !== "" && !term.startsWith("#")) terms.add(term);
  }
  return [...terms].sort();
}
function normalise(text3) {
  return text3.normalize("NFKC").toLowerCase();
}
function containsTerm(text3, term) {
  const haystack = normalise(text3);
  const needle = normalise(term);
  if (needle === "") return false;
  const needsLeft = WORD_CHAR.test(needle.charAt(0));
  const needsRight = WORD_CHAR.test(needle.charAt(needle.length - 1));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if ((!needsLeft || !WORD_CHAR.test(before)) && (!needsRight || !WORD_CHAR.test(after))) return true;
  }
  return false;
}
var WORD_CHAR;
var init_identity_terms = __esm({
  "src/fixture/identity-terms.ts"() {
    "use strict";
    WORD_CHAR = /[\p{L}\p{N}_]/u;
  }
});

// src/fixture/markers.ts
function findMarkers(texts) {
  const markers = [];
  for (const prefix of TOKEN_PREFIXES) {
    if (texts.some((text3) => startsToken(text3, prefix))) markers.push(problem("token-marker", { prefix }));
  }
  if (texts.some((text3) => MENTION.test(text3))) markers.push(problem("actor-mention"));
  if (texts.some((text3) => ACTOR_KEY.test(text3))) markers.push(problem("actor-key"));
  return markers;
}
function startsToken(text3, prefix) {
  for (let index = text3.indexOf(prefix); index !== -1; index = text3.indexOf(prefix, index + 1)) {
    if (index === 0 || !/[A-Za-z0-9_]/.test(text3[index - 1])) return true;
  }
  return false;
}
var TOKEN_PREFIXES, MENTION, ACTOR_KEY;
var init_markers = __esm({
  "src/fixture/markers.ts"() {
    "use strict";
    init_privacy2();
    init_problem2();
    TOKEN_PREFIXES = [
      ...new Set(
        RULES.filter((rule) => rule.class === "credential").flatMap(
          (rule) => rule.redactPrefix ? rule.keywords ?? [] : []
        )
      )
    ];
    MENTION = /(?<![A-Za-z0-9._%+-])@[A-Za-z0-9][A-Za-z0-9-]{0,38}(?![A-Za-z0-9@.-])/;
    ACTOR_KEY = /"x-(?:[a-z0-9]+-)*(?:actor|user|username|owner|login|handle|author|approver|reviewer)(?:-[a-z0-9]+)*"\s*:/;
  }
});

// src/fixture/shape.ts
function asRecord(value2) {
  return isRecord(value2) ? value2 : {};
}
function asArray(value2) {
  return Array.isArray(value2) ? value2 : [];
}
function asString(value2) {
  return typeof value2 === "string" ? value2 : void 0;
}
function collectStrings(value2, into = []) {
  if (typeof value2 === "string") into.push(value2);
  else if (Array.isArray(value2)) for (const item of value2) collectStrings(item, into);
  else if (typeof value2 === "object" && value2 !== null) {
    for (const [key, member] of Object.entries(value2)) {
      into.push(key);
      collectStrings(member, into);
    }
  }
  return into;
}
var init_shape = __esm({
  "src/fixture/shape.ts"() {
    "use strict";
    init_record();
  }
});

// src/fixture/clauses.ts
function referencesTarget({ fixture }) {
  const target = asRecord(fixture.target);
  const reasons = [];
  if (fixture.candidate !== TARGET_CANDIDATE)
    reasons.push(problem("candidate", { expected: TARGET_CANDIDATE }, "/candidate"));
  if (target.owner !== TARGET_OWNER) reasons.push(problem("target-owner", { expected: TARGET_OWNER }, "/target/owner"));
  if (target.package !== TARGET_PACKAGE)
    reasons.push(problem("target-package", { expected: TARGET_PACKAGE }, "/target/package"));
  return reasons;
}
function classCoverage({ fixture }) {
  const reasons = [];
  const seen = /* @__PURE__ */ new Set();
  asArray(fixture.artifacts).forEach((artifact, index) => {
    const declared = asString(asRecord(artifact).class);
    const actual = classOf(asRecord(artifact).document);
    if (declared !== void 0) seen.add(declared);
    if (declared === void 0 || declared !== actual) {
      reasons.push(problem("class-disagrees", { index }, `/artifacts/${index}`));
    }
  });
  for (const required of REQUIRED_CLASSES) {
    if (!seen.has(required)) reasons.push(problem("class-missing", { class: required }, "/artifacts"));
  }
  return reasons;
}
function boundarySeparation({ fixture }) {
  const boundary = asRecord(fixture.boundary);
  const core = new Set(asArray(boundary.core));
  const adapters = asArray(boundary.adapters);
  const reasons = [];
  if (adapters.length === 0) reasons.push(problem("no-adapters", {}, "/boundary/adapters"));
  adapters.forEach((entry, index) => {
    const adapter2 = asRecord(entry);
    const where = `/boundary/adapters/${index}`;
    for (const member of ["name", "responsibility"]) {
      if (core.has(adapter2[member])) reasons.push(problem("adapter-in-core", { index, member }, `${where}/${member}`));
    }
    if (adapter2.owner !== "template") reasons.push(problem("adapter-owner", { index }, `${where}/owner`));
  });
  return reasons;
}
function documentsReady(context) {
  const reasons = [];
  const describe2 = (at, check2) => {
    if (check2.ok) return;
    const codes = [
      .../* @__PURE__ */ new Set([...check2.errors.map((issue2) => issue2.code), ...check2.findings.map((f) => f.class)])
    ].sort();
    reasons.push(problem("document-invalid", at === void 0 ? { codes } : { at, codes }, at ?? ""));
  };
  describe2(void 0, context.fixtureCheck);
  if (context.releaseCheck) describe2("/release", context.releaseCheck);
  for (const [index, check2] of (context.outcome?.checks ?? []).entries())
    describe2(`/artifacts/${index}/document`, check2);
  const readiness = context.outcome?.readiness;
  if (readiness === void 0) {
    reasons.push(problem("not-evaluated"));
  } else if (readiness.verdict !== "ready") {
    reasons.push(problem("not-ready", { verdict: readiness.verdict }));
    for (const gate2 of readiness.gates) {
      if (gate2.status !== "pass") reasons.push(problem("gate-not-pass", { gate: gate2.gate, status: gate2.status }));
    }
  }
  return reasons;
}
function noProductIdentity(context) {
  const reasons = [];
  for (const term of context.identityTerms) {
    if (context.texts.some((text3) => containsTerm(text3, term))) {
      reasons.push(problem("identity-term", { term }));
    }
  }
  reasons.push(...findMarkers(context.texts));
  const isIdentityClass = (name) => IDENTITY_PRIVACY_CLASSES.includes(name);
  for (const finding2 of context.fixtureCheck.findings) {
    if (isIdentityClass(finding2.class)) reasons.push(problem(finding2.code, finding2.args, finding2.pointer));
  }
  return reasons;
}
var TARGET_CANDIDATE, TARGET_OWNER, TARGET_PACKAGE, REQUIRED_CLASSES, IDENTITY_PRIVACY_CLASSES, FIXTURE_CLAUSES;
var init_clauses = __esm({
  "src/fixture/clauses.ts"() {
    "use strict";
    init_contract();
    init_problem2();
    init_identity_terms();
    init_markers();
    init_shape();
    TARGET_CANDIDATE = "ops-release-evidence";
    TARGET_OWNER = "cloudflare-saas-core";
    TARGET_PACKAGE = "cloudflare-saas-core/packages/release-evidence";
    REQUIRED_CLASSES = EVIDENCE_CLASSES;
    IDENTITY_PRIVACY_CLASSES = ["storage", "credential", "identity"];
    FIXTURE_CLAUSES = [
      { clause: "references-target", reasons: referencesTarget },
      { clause: "class-coverage", reasons: classCoverage },
      { clause: "boundary-separation", reasons: boundarySeparation },
      { clause: "documents-ready", reasons: documentsReady },
      { clause: "no-product-identity", reasons: noProductIdentity }
    ];
  }
});

// src/fixture/check.ts
async function checkFixture(fixtureInput, options = {}) {
  const text3 = typeof fixtureInput === "string" ? fixtureInput : void 0;
  const parsed = text3 === void 0 ? { ok: true, value: fixtureInput } : parseJson(text3);
  if (!parsed.ok) {
    const unreadable = problem("fixture-not-json", { cause: parsed.error.code });
    return result(FIXTURE_CLAUSES.map(({ clause }) => ({ clause, ok: false, reasons: [unreadable] })));
  }
  const fixture = asRecord(parsed.value);
  const release = fixture.release;
  const releaseCheck = typeof release === "object" && release !== null ? await checkDocument(release) : void 0;
  const context = {
    fixture,
    texts: [text3 ?? canonicalJson(parsed.value), ...collectStrings(parsed.value)],
    identityTerms: options.identityTerms ?? [],
    fixtureCheck: await checkDocument(fixtureInput),
    releaseCheck,
    outcome: releaseCheck?.ok ? await evaluateFixture(fixture, release) : void 0
  };
  return result(
    FIXTURE_CLAUSES.map(({ clause, reasons }) => {
      const found = reasons(context);
      return { clause, ok: found.length === 0, reasons: found };
    })
  );
}
async function evaluateFixture(fixture, release) {
  if (Number.isNaN(instantOf(fixture.now))) return void 0;
  const documents = asArray(fixture.artifacts).map((artifact) => ({ value: asRecord(artifact).document }));
  return evaluateReadiness({ candidate: release, documents, now: fixture.now });
}
function result(clauses) {
  return { ok: clauses.every((clause) => clause.ok), clauses };
}
var init_check = __esm({
  "src/fixture/check.ts"() {
    "use strict";
    init_json();
    init_privacy2();
    init_problem2();
    init_readiness3();
    init_time2();
    init_clauses();
    init_shape();
  }
});

// src/fixture/index.ts
var init_fixture2 = __esm({
  "src/fixture/index.ts"() {
    "use strict";
    init_check();
    init_identity_terms();
  }
});

// src/cli/check-fixture.ts
var check_fixture_exports = {};
__export(check_fixture_exports, {
  default: () => check_fixture_default
});
var check_fixture_default;
var init_check_fixture = __esm({
  "src/cli/check-fixture.ts"() {
    "use strict";
    init_fixture2();
    init_json();
    init_privacy2();
    init_command();
    init_errors();
    init_io();
    init_text();
    check_fixture_default = defineCliCommand({
      meta: { name: "check-fixture", description: "Check an extraction fixture against every clause of spec §9." },
      options: {
        "identity-terms": { type: "string", description: "product names, one per line", valueHint: "FILE" }
      },
      positionals: [{ name: "FILE", description: "the extraction-fixture document", required: true }],
      formats: { text: fixtureText },
      async run(args, context) {
        if (args.positionals.length !== 1) throw new UsageError("check-fixture takes exactly one FILE");
        const [path = ""] = args.positionals;
        const termsPath = args.values["identity-terms"];
        const identityTerms = termsPath === void 0 ? [] : parseIdentityTerms(await readTextFile(termsPath, context));
        const text3 = await readTextFile(path, context);
        const parsed = parseJson(text3);
        if (!parsed.ok) throw new InputError("input-not-json", { path, cause: parsed.error.code });
        context.withhold(scanText(text3).withheld);
        const check2 = await checkFixture(text3, { identityTerms });
        return { outcome: check2.ok ? "ok" : "not-acceptable", check: check2 };
      }
    });
  }
});

// src/cli/diff.ts
var diff_exports = {};
__export(diff_exports, {
  default: () => diff_default
});
async function readComparable(path, context) {
  context.processing(path);
  const check2 = checkDocument(await readTextFile(path, context));
  context.withhold(check2.withheld);
  if (check2.findings.length > 0) throw new InputError("diff-input-findings", { path, findings: check2.findings.length });
  if (!check2.ok) throw new InputError("diff-input-invalid", { path, issues: check2.errors.map((issue2) => issue2.code) });
  const kind = check2.value.kind;
  if (typeof kind !== "string" || !COMPARABLE_KINDS.includes(kind)) {
    throw new InputError("diff-input-kind", { path });
  }
  return check2.value;
}
var COMPARABLE_KINDS, diff_default;
var init_diff4 = __esm({
  "src/cli/diff.ts"() {
    "use strict";
    init_diff2();
    init_format();
    init_privacy2();
    init_command();
    init_errors();
    init_io();
    init_json3();
    COMPARABLE_KINDS = ["release-readiness", "release-packet"];
    diff_default = defineCliCommand({
      meta: {
        name: "diff",
        description: "What changed between two releases: two release-readiness or release-packet documents."
      },
      options: {},
      positionals: [
        { name: "OLD", description: "the earlier document", required: true },
        { name: "NEW", description: "the later document", required: true }
      ],
      formats: {
        json: (result2) => canonicalJson2(result2.diff),
        text: (result2) => ({ type: "text", draw: (options) => formatDiffText(result2.diff, options) }),
        markdown: (result2) => ({ type: "markdown", text: formatDiffMarkdown(result2.diff) })
      },
      defaultFormat: (terminal) => terminal ? "text" : "json",
      async run(args, context) {
        if (args.positionals.length !== 2) throw new UsageError("diff takes exactly two files: OLD NEW");
        const [oldPath = "", newPath = ""] = args.positionals;
        const diff = diffReleases(await readComparable(oldPath, context), await readComparable(newPath, context));
        return { outcome: diff.changed ? "not-acceptable" : "ok", diff };
      }
    });
  }
});

// src/cli/schema.ts
var schema_exports = {};
__export(schema_exports, {
  default: () => schema_default
});
function schemaOutput(result2) {
  if (result2.kind === void 0 || !isKind(result2.kind)) return { type: "lines", lines: KINDS };
  return { type: "json", value: jsonSchemaFor(result2.kind) };
}
var schema_default;
var init_schema = __esm({
  "src/cli/schema.ts"() {
    "use strict";
    init_contract();
    init_command();
    init_errors();
    schema_default = defineCliCommand({
      meta: {
        name: "schema",
        description: "Print the JSON Schema (draft 2020-12) of a document kind, or list the kinds."
      },
      options: {},
      positionals: [{ name: "KIND", description: "a document kind; without it, the kinds are listed" }],
      formats: { json: schemaOutput },
      async run(args) {
        if (args.positionals.length > 1) throw new UsageError("schema takes at most one kind");
        const kind = args.positionals[0];
        if (kind !== void 0 && !isKind(kind)) throw new UsageError(`unknown kind; known kinds: ${KINDS.join(", ")}`);
        return kind === void 0 ? { outcome: "ok" } : { outcome: "ok", kind };
      }
    });
  }
});

// action/main.ts
init_errors();
init_problem3();
import { writeFile as writeFile2 } from "node:fs/promises";

// src/cli/sink.ts
init_format();
init_errors();
import { appendFile, stat as stat3 } from "node:fs/promises";

// src/cli/terminal.ts
function colorEnabled(stream, env) {
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}
function textOptionsFor(stream, env) {
  const columns2 = stream.isTTY && Number.isInteger(stream.columns) && (stream.columns ?? 0) > 0 ? stream.columns : 80;
  return { color: colorEnabled(stream, env), width: columns2 ?? 80 };
}
var OWN_COLOR = /\u001b\[(?:0|1|2|31|32|33)m/g;
function stripOwnColor(line) {
  return line.replace(OWN_COLOR, "");
}

// src/cli/withheld.ts
init_format();
init_compare();
init_redact();
var Withheld = class {
  values = /* @__PURE__ */ new Set();
  buckets;
  keyLength = 0;
  add(values) {
    for (const value2 of values) {
      if (value2 === "" || this.values.has(value2)) continue;
      this.values.add(value2);
      this.buckets = void 0;
    }
  }
  get size() {
    return this.values.size;
  }
  /** `text` with every withheld form replaced by `[redacted]`, longest match first. */
  redact(text3) {
    if (this.values.size === 0) return text3;
    const buckets = this.bucketsOf();
    const k = this.keyLength;
    if (text3.length < k) return text3;
    let out = "";
    let copied = 0;
    for (let index = 0; index + k <= text3.length; ) {
      const match = buckets.get(text3.slice(index, index + k))?.find((form) => text3.startsWith(form, index));
      if (match === void 0) {
        index++;
        continue;
      }
      out += text3.slice(copied, index) + REDACTED;
      index += match.length;
      copied = index;
    }
    return copied === 0 ? text3 : out + text3.slice(copied);
  }
  bucketsOf() {
    if (this.buckets) return this.buckets;
    const forms = /* @__PURE__ */ new Set();
    for (const value2 of this.values) for (const form of formsOf(value2)) if (form !== "") forms.add(form);
    const sorted = [...forms].sort((a, b) => b.length - a.length || compareText(a, b));
    this.keyLength = Math.min(8, ...sorted.map((form) => form.length));
    const buckets = /* @__PURE__ */ new Map();
    for (const form of sorted) {
      const key = form.slice(0, this.keyLength);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(form);
      else buckets.set(key, [form]);
    }
    this.buckets = buckets;
    return buckets;
  }
};
function formsOf(value2) {
  const forms = [value2, visible(value2), JSON.stringify(value2).slice(1, -1)];
  try {
    forms.push(encodeURIComponent(value2));
  } catch {
  }
  return forms;
}

// src/cli/write-files.ts
init_outputs();
import { randomUUID } from "node:crypto";
import { chmod, rename, rm, stat as stat2, writeFile } from "node:fs/promises";
import { dirname as dirname2, join } from "node:path";
var UnwritableFile = class extends Error {
  constructor(path) {
    super(`cannot write ${path}`);
    this.path = path;
  }
};
async function writeAllOrNone(files) {
  const staged = [];
  const inPlace = [];
  try {
    for (const file of files) {
      const target = await realTarget(file.path).catch(() => file.path);
      const existing = await stat2(target).catch(() => void 0);
      if (existing !== void 0 && !existing.isFile()) {
        inPlace.push(file);
        continue;
      }
      const temp = join(dirname2(target), `.release-evidence-${randomUUID()}.partial`);
      staged.push({ path: file.path, temp, target });
      await writeFile(temp, file.text, { flag: "wx" }).catch(() => {
        throw new UnwritableFile(file.path);
      });
      if (existing !== void 0) await chmod(temp, existing.mode & 4095).catch(() => void 0);
    }
  } catch (error) {
    await removeAll(staged);
    throw error;
  }
  for (const [index, file] of staged.entries()) {
    await rename(file.temp, file.target).catch(async () => {
      await removeAll(staged.slice(index));
      throw new UnwritableFile(file.path);
    });
  }
  for (const file of inPlace) {
    await writeFile(file.path, file.text).catch(() => {
      throw new UnwritableFile(file.path);
    });
  }
}
async function removeAll(staged) {
  await Promise.all(staged.map(({ temp }) => rm(temp, { force: true }).catch(() => void 0)));
}

// src/cli/sink.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
var NODE_IO = {
  stdout: (text3) => process.stdout.write(text3),
  stderr: (text3) => process.stderr.write(text3),
  writeFiles: writeAllOrNone,
  appendFile: (path, text3) => appendFile(path, text3),
  stdoutTerminal: process.stdout,
  fileSize: async (path) => {
    try {
      return (await stat3(path)).size;
    } catch (error) {
      if (error.code === "ENOENT") return 0;
      throw error;
    }
  },
  exit: (code2) => {
    process.exitCode = code2;
  }
};
var Sink = class {
  constructor(env = process.env, io = NODE_IO) {
    this.env = env;
    this.io = io;
  }
  withheld = new Withheld();
  current;
  withhold(values) {
    this.withheld.add(values);
  }
  processing(path) {
    this.current = path;
  }
  /** The file that was being read, for a message about an unexpected failure. */
  get currentFile() {
    return this.current;
  }
  /** `value` with every withheld value replaced in every string, member names included; unchanged when none. */
  withholdIn(value2) {
    return this.withheld.size === 0 ? value2 : redactValue(value2, (text3) => this.redactText(text3));
  }
  /** Writes one run's output: its stdout document, then files, messages, step summary and annotations. */
  async write(stdout, report = {}) {
    await this.writeFileOutputs(report.files ?? []);
    if (stdout !== void 0) this.io.stdout(this.render(stdout, this.stdoutTextOptions()));
    if (report.messages?.length) this.writeMessages(report.messages);
    if (report.stepSummary) await this.appendStepSummary(report.stepSummary);
    this.writeAnnotations(report.annotations ?? [], stdout === void 0 ? "stdout" : "stderr");
  }
  /** Ends the run with an exit code from `exitCodeOf` (or 2 for a usage or I/O error). */
  end(code2) {
    this.io.exit(code2);
  }
  /** Lines for stderr (messages, errors), made safe like any other output. */
  writeMessages(lines3) {
    this.io.stderr(this.render({ type: "lines", lines: lines3 }));
  }
  /** The bytes of an output: withheld values replaced, controls visible, never a forged workflow command. */
  render(output, options = { color: false, width: 80 }) {
    if (output.type === "text") return this.renderText(output.draw, options);
    if (output.type === "json") {
      const value2 = this.withholdIn(output.value);
      const json = output.canonical ? formatJson(value2, { pretty: output.pretty ?? true }) : `${JSON.stringify(value2, null, output.pretty === false ? void 0 : 2)}
`;
      return safeJsonText(this.redactText(json));
    }
    const lines3 = output.type === "lines" ? output.lines : output.text.replace(/\n$/, "").split("\n");
    return `${lines3.map((line) => safeLine(this.redactText(line))).join("\n")}
`;
  }
  /** Whether stdout is a terminal: commands choose text for people there, JSON for scripts elsewhere. */
  get stdoutIsTerminal() {
    return this.io.stdoutTerminal?.isTTY === true;
  }
  /** Colour and width for text on stdout (NO_COLOR, FORCE_COLOR, the terminal's columns). */
  stdoutTextOptions() {
    return textOptionsFor(this.io.stdoutTerminal ?? {}, this.env);
  }
  /**
   * A text view: drawn plain and made safe line by line; a coloured line is written instead only when its plain
   * twin needed nothing (no escape, no withheld value) and it says the same once the renderer's colour codes are
   * taken out. So colour can only ever be this renderer's own, never an input's.
   */
  renderText(draw, options) {
    const plain = draw({ ...options, color: false }).replace(/\n$/, "").split("\n");
    const safe = plain.map((line) => safeLine(this.redactText(line)));
    if (!options.color) return `${safe.join("\n")}
`;
    const colored = draw(options).replace(/\n$/, "").split("\n");
    const lines3 = safe.map((line, index) => {
      const candidate = colored[index];
      const untouched = line === plain[index] && candidate !== void 0 && stripOwnColor(candidate) === line;
      return untouched ? candidate : line;
    });
    return `${lines3.join("\n")}
`;
  }
  /** Every file rendered first, then all written or none (`writeAllOrNone`); exit 2 names the one that failed. */
  async writeFileOutputs(files) {
    if (files.length === 0) return;
    const texts = files.map(({ path, output }) => ({ path, text: this.render(output) }));
    try {
      await this.io.writeFiles(texts);
    } catch (error) {
      if (!(error instanceof UnwritableFile)) throw error;
      throw new InputError("output-unwritable", { path: error.path });
    }
  }
  /**
   * Appends to `$GITHUB_STEP_SUMMARY` when it is set and not empty, within what the file has left of its limit. A
   * summary that cannot be written is a warning, never a failure: the exit code must not depend on the runner's file.
   */
  async appendStepSummary(renderFor) {
    const path = this.env.GITHUB_STEP_SUMMARY;
    if (path === void 0 || path === "") return;
    try {
      const left = STEP_SUMMARY_LIMIT - await this.io.fileSize(path);
      const markdown = left > 0 ? renderFor(left) : "";
      const text3 = markdown === "" ? "" : this.render({ type: "markdown", text: markdown });
      if (text3 === "" || new TextEncoder().encode(text3).length > left) {
        this.writeMessages(["warning: GITHUB_STEP_SUMMARY is too full for the readiness summary; it was not added"]);
        return;
      }
      await this.io.appendFile(path, text3);
    } catch {
      this.writeMessages([
        "warning: cannot append to the file named by GITHUB_STEP_SUMMARY; the step summary is incomplete"
      ]);
    }
  }
  writeAnnotations(annotations, stream) {
    if (this.env.GITHUB_ACTIONS !== "true" || annotations.length === 0) return;
    const lines3 = annotations.map((annotation) => this.redactText(workflowCommand(this.withholdIn(annotation))));
    this.io[stream](`${lines3.join("\n")}
`);
  }
  redactText(text3) {
    return this.withheld.redact(text3);
  }
};
function redactValue(value2, redact) {
  if (typeof value2 === "string") return redact(value2);
  if (Array.isArray(value2)) return value2.map((item) => redactValue(item, redact));
  if (value2 === null || typeof value2 !== "object") return value2;
  const prototype = Object.getPrototypeOf(value2);
  if (prototype !== Object.prototype && prototype !== null) return value2;
  const out = {};
  for (const [key, item] of Object.entries(value2)) out[redact(key)] = redactValue(item, redact);
  return out;
}

// action/cli.ts
init_io();

// src/cli/main.ts
init_errors();

// src/cli/help.ts
init_version();
var PROGRAM = "release-evidence";
var PROGRAM_DESCRIPTION = "Validate, privacy-scan and summarise release evidence (contract release-evidence/v1).";
function programHelp(commands) {
  return [
    `${PROGRAM_DESCRIPTION} (${PROGRAM} v${VERSION})`,
    "",
    `USAGE ${PROGRAM} ${commands.map((command) => command.name).join("|")}`,
    "",
    "COMMANDS",
    "",
    ...table(commands.map((command) => [command.name, command.description])),
    "",
    `Use ${PROGRAM} <command> --help for more information about a command.`
  ];
}
function commandHelp({ meta, options, positionals }) {
  const usage = [`${PROGRAM} ${meta.name}`, "[OPTIONS]", ...positionals.map(positionalUsage)].join(" ");
  const lines3 = [`${meta.description} (${PROGRAM} ${meta.name} v${VERSION})`, "", `USAGE ${usage}`];
  if (positionals.length > 0) {
    lines3.push("", "ARGUMENTS", "", ...table(positionals.map((arg) => [arg.name, arg.description])));
  }
  const rows = Object.entries(options).map(([name, spec]) => [optionUsage(name, spec), optionDescription(spec)]);
  if (rows.length > 0) lines3.push("", "OPTIONS", "", ...table(rows));
  return lines3;
}
function positionalUsage(arg) {
  const name = arg.variadic ? `${arg.name}…` : arg.name;
  return arg.required ? name : `[${name}]`;
}
function optionUsage(name, spec) {
  if (spec.type === "boolean") return `--${name}`;
  return `--${name}=<${spec.type === "enum" ? spec.options.join("|") : spec.valueHint ?? "VALUE"}>`;
}
function optionDescription(spec) {
  if (spec.type === "boolean") return spec.description;
  const notes = [spec.required ? "required" : "", spec.default === void 0 ? "" : `default: ${spec.default}`];
  const note = notes.filter(Boolean).join(", ");
  return note === "" ? spec.description : `${spec.description} (${note})`;
}
function table(rows) {
  const width = Math.max(...rows.map(([first = ""]) => first.length));
  return rows.map(([first = "", second = ""]) => `  ${first.padEnd(width)}    ${second}`.trimEnd());
}

// src/cli/main.ts
init_problem3();
init_version();
var COMMANDS = Object.assign(/* @__PURE__ */ Object.create(null), {
  validate: () => Promise.resolve().then(() => (init_validate2(), validate_exports)).then((m) => m.default),
  scan: () => Promise.resolve().then(() => (init_scan(), scan_exports)).then((m) => m.default),
  readiness: () => Promise.resolve().then(() => (init_readiness4(), readiness_exports)).then((m) => m.default),
  packet: () => Promise.resolve().then(() => (init_packet4(), packet_exports)).then((m) => m.default),
  "verify-packet": () => Promise.resolve().then(() => (init_verify_packet(), verify_packet_exports)).then((m) => m.default),
  "check-fixture": () => Promise.resolve().then(() => (init_check_fixture(), check_fixture_exports)).then((m) => m.default),
  diff: () => Promise.resolve().then(() => (init_diff4(), diff_exports)).then((m) => m.default),
  schema: () => Promise.resolve().then(() => (init_schema(), schema_exports)).then((m) => m.default)
});
async function commandNamed(name) {
  const load = name !== void 0 && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  return load?.();
}
async function runCli(rawArgs, sink) {
  let command;
  try {
    if (rawArgs.includes("--help") || rawArgs.includes("-h")) {
      const named2 = await commandNamed(rawArgs.find((arg) => !arg.startsWith("-")));
      await sink.write({ type: "lines", lines: await help(named2) });
      return { exitCode: 0 };
    }
    const [name, ...rest] = rawArgs;
    if (name === "--version" || name === "-v") {
      if (rest.length > 0) throw new UsageError(`option ${name} takes no other arguments`);
      await sink.write({ type: "lines", lines: [VERSION] });
      return { exitCode: 0 };
    }
    if (name === void 0) throw new UsageError("No command specified.");
    if (name.startsWith("-")) throw new UsageError(`unknown option ${name}`);
    command = await commandNamed(name);
    if (command === void 0) throw new UsageError(`Unknown command ${name}`);
    return await command.run(rest, sink);
  } catch (error) {
    sink.writeMessages(await describeFailure(error, command, sink));
    return error instanceof InputError ? { exitCode: EXIT_USAGE, problems: [error.problem] } : { exitCode: EXIT_USAGE };
  }
}
async function describeFailure(error, command, sink) {
  if (error instanceof UsageError) return [...await help(command), `error: ${error.message}`];
  if (error instanceof InputError) return [`error: ${inputErrorText(error.problem)}`];
  const file = sink.currentFile;
  const lines3 = [
    `error: internal error${file === void 0 ? "" : ` while processing ${file}`} (${error.name ?? "Error"})`
  ];
  if (sink.env.RELEASE_EVIDENCE_DEBUG === "1") lines3.push(...String(error.stack).split("\n"));
  return lines3;
}
async function help(command) {
  if (command) return commandHelp(command);
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return programHelp(commands.map((each) => each.meta));
}

// action/cli.ts
init_outputs();
init_path_scan();
async function runCli2(args, env, takeStdout) {
  const taken = [];
  const io = takeStdout ? { ...NODE_IO, stdout: (text3) => void taken.push(text3) } : NODE_IO;
  const run = await runCli(args, new Sink(env, io));
  const facts = run.result === void 0 ? {} : factsOf2(run.result);
  return takeStdout ? { exitCode: run.exitCode, stdout: taken.join(""), facts } : { exitCode: run.exitCode, facts };
}
function factsOf2(result2) {
  const { readiness, packet, verification } = result2;
  return {
    ...readiness ? { readiness } : {},
    ...packet ? { packetDigest: packet.packetDigest } : {},
    ...verification ? { verified: verification.ok } : {}
  };
}
function reportError(message, sink) {
  sink.writeMessages([`error: ${message}`]);
}
async function refuseOutOverInputs(out, inputFiles, evidence, sink) {
  scanPath(out, sink);
  const { files, directories } = await collectJsonFiles(evidence, sink);
  await refuseOverlaps([{ option: "the out input", path: out }], { files: [...inputFiles, ...files], directories });
}

// action/inputs.ts
init_errors();
var COMMANDS2 = ["readiness", "packet", "verify-packet", "scan"];
var FAIL_ON = ["not-ready", "never"];
function inputOf(env, name) {
  const value2 = (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const lines3 = name === "evidence" ? value2.split(/\r?\n/) : [value2];
  if (lines3.some((line) => CONTROL.test(line))) throw new UsageError(`the ${name} input holds a control character`);
  return value2;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
function readInputs(env) {
  return {
    command: oneOf2(env, "command", COMMANDS2, "readiness"),
    candidate: inputOf(env, "candidate"),
    packet: inputOf(env, "packet"),
    evidence: inputOf(env, "evidence").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ""),
    policy: inputOf(env, "policy"),
    now: inputOf(env, "now"),
    out: inputOf(env, "out"),
    markdown: inputOf(env, "markdown"),
    html: inputOf(env, "html"),
    format: inputOf(env, "format"),
    failOn: oneOf2(env, "fail-on", FAIL_ON, "not-ready")
  };
}
function oneOf2(env, name, allowed, fallback) {
  const value2 = inputOf(env, name);
  if (value2 === "") return fallback;
  if (!allowed.includes(value2)) throw new UsageError(`the ${name} input takes one of: ${allowed.join(", ")}`);
  return value2;
}
function cliArgs(inputs) {
  const option = (name, value2) => value2 === "" ? [] : [`--${name}=${value2}`];
  const format = option("format", inputs.format);
  const evidence = inputs.evidence.map(asPath);
  const needEvidence = () => {
    if (evidence.length === 0) throw new UsageError("the evidence input names no path");
  };
  switch (inputs.command) {
    case "readiness":
    case "packet": {
      if (inputs.candidate === "") throw new UsageError(`the ${inputs.command} command needs the candidate input`);
      needEvidence();
      const common = [
        ...option("candidate", asPath(inputs.candidate)),
        ...option("policy", asPath(inputs.policy)),
        ...option("now", inputs.now)
      ];
      if (inputs.command === "readiness") return ["readiness", ...common, ...format, "--evidence", ...evidence];
      if (inputs.out === "") throw new UsageError("the packet command needs the out input");
      const files = [
        ...option("out", asPath(inputs.out)),
        ...option("markdown", asPath(inputs.markdown)),
        ...option("html", asPath(inputs.html))
      ];
      return ["packet", ...common, ...files, "--evidence", ...evidence];
    }
    case "verify-packet":
      if (inputs.packet === "") throw new UsageError("the verify-packet command needs the packet input");
      needEvidence();
      return ["verify-packet", asPath(inputs.packet), ...format, "--evidence", ...evidence];
    case "scan":
      needEvidence();
      return ["scan", ...format, "--", ...evidence];
  }
}
function asPath(path) {
  return path.startsWith("-") ? `./${path}` : path;
}

// action/outputs.ts
init_errors();
import { randomUUID as randomUUID2 } from "node:crypto";
import { appendFile as appendFile2 } from "node:fs/promises";
function outputRecord(name, value2, delimiter = `ghadelimiter_${randomUUID2()}`) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new UsageError("an output name must be lower-case letters, digits and -");
  if (value2.includes(delimiter)) throw new UsageError(`the value of output ${name} holds its delimiter`);
  return `${name}<<${delimiter}
${value2}
${delimiter}
`;
}
async function writeStepOutputs(env, outputs) {
  const path = env.GITHUB_OUTPUT;
  if (path === void 0 || path === "") return;
  const names = Object.keys(outputs).sort();
  const text3 = names.map((name) => outputRecord(name, outputs[name])).join("");
  try {
    await appendFile2(path, text3);
  } catch {
    throw new InputError("action-outputs-unwritable", { path });
  }
}

// action/main.ts
async function runAction(env) {
  const sink = new Sink(env, NODE_IO);
  try {
    const inputs = readInputs(env);
    const args = cliArgs(inputs);
    const stdoutFile = inputs.command === "packet" || inputs.out === "" ? void 0 : inputs.out;
    if (stdoutFile !== void 0) {
      const named2 = [inputs.candidate, inputs.policy, inputs.packet].filter((path) => path !== "");
      await refuseOutOverInputs(stdoutFile, named2, inputs.evidence, sink);
    }
    const run = await runCli2(args, env, stdoutFile !== void 0);
    if (run.exitCode === EXIT_USAGE) return EXIT_USAGE;
    if (stdoutFile !== void 0) await writeOut(stdoutFile, run.stdout ?? "");
    await writeStepOutputs(env, outputsOf(run));
    return run.exitCode === EXIT_NOT_ACCEPTABLE && inputs.failOn === "never" ? EXIT_OK : run.exitCode;
  } catch (error) {
    const message = error instanceof InputError ? inputErrorText(error.problem) : error instanceof UsageError ? error.message : void 0;
    reportError(message ?? `internal error (${error.name ?? "Error"})`, sink);
    return EXIT_USAGE;
  }
}
async function writeOut(path, text3) {
  try {
    await writeFile2(path, text3.endsWith("\n") || text3 === "" ? text3 : `${text3}
`);
  } catch {
    throw new InputError("action-out-unwritable", { path });
  }
}
function outputsOf(run) {
  const outputs = {};
  const { readiness, packetDigest, verified } = run.facts;
  if (readiness !== void 0) {
    outputs.verdict = readiness.verdict;
    outputs.ready = String(readiness.verdict === "ready" || readiness.verdict === "ready-with-deferrals");
    if (readiness.validUntil !== void 0) outputs["valid-until"] = readiness.validUntil;
  }
  if (packetDigest !== void 0) outputs["packet-digest"] = packetDigest;
  if (verified !== void 0) outputs.verified = String(verified);
  return outputs;
}

// action/index.ts
process.exitCode = await runAction(process.env);
