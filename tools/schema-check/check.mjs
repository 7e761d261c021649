// Validates record files against the published JSON Schema with ajv (draft-07), independently of the
// library's own loader. Usage: node check.mjs <schema> --valid <files...> --invalid <files...>
// Every --valid file must pass and every --invalid file must fail. Prints one line per file and a final
// "schema-check: N passed, N failed" line; exits 1 if any expectation is not met.
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaPath, ...rest] = process.argv.slice(2);
// Strict, except strictRequired: the "fact" definition lists alternatives as anyOf [{ required: [...] }], which is standard draft-07.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let expectValid = true;
let passed = 0;
let failed = 0;
for (const arg of rest) {
  if (arg === "--valid" || arg === "--invalid") {
    expectValid = arg === "--valid";
    continue;
  }
  let ok;
  let detail = "";
  try {
    ok = validate(JSON.parse(readFileSync(arg, "utf8")));
    if (!ok) detail = ajv.errorsText(validate.errors, { separator: "; " });
  } catch (e) {
    ok = false;
    detail = `not JSON: ${e.message}`;
  }
  if (ok === expectValid) {
    passed++;
    console.log(`ok   ${arg} (${expectValid ? "valid" : "rejected: " + detail})`);
  } else {
    failed++;
    console.log(`FAIL ${arg}: expected ${expectValid ? "valid" : "invalid"}${detail ? " — " + detail : ""}`);
  }
}
console.log(`schema-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
