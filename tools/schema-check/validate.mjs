// Validation only, for a fair whole-process timing against `caserecords validate`: compile the schema, validate
// each file, print one summary line; exit 1 if any file is invalid. Usage: node validate.mjs <schema> <files...>
import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let invalid = 0;
for (const file of files) {
  if (!validate(JSON.parse(readFileSync(file, "utf8")))) invalid++;
}
console.log(`${files.length - invalid} valid, ${invalid} invalid`);
process.exit(invalid === 0 ? 0 : 1);
