import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import spec from '../lib/api/palette/palette-apis-subset.openapi3.json';

/**
 * Checks requests and responses against the Palette OpenAPI subset (src/lib/api/palette), the contract
 * the console speaks to the mock and to a real Palette alike. Responses outside 2xx must be Palette's
 * `v1Error`, which the subset does not list per operation.
 */

interface JsonSchema {
  [keyword: string]: unknown;
}

interface MediaContent {
  content?: Record<string, { schema?: JsonSchema }>;
}

interface OperationSpec {
  requestBody?: MediaContent & { $ref?: string };
  responses: Record<string, MediaContent>;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** How many path parameters: literal paths win over templated ones (`/users/info` over `/users/{uid}`). */
  params: number;
  spec: OperationSpec;
}

const SCHEMA_ID = 'palette';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

// Validates data, not the schema: the subset carries OpenAPI's own keywords (x-omitempty, ...).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec as JsonSchema, SCHEMA_ID);

const validators = new Map<string, ValidateFunction>();
function validatorFor(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    // Component references resolve against the whole document.
    const ref = typeof schema.$ref === 'string' ? `${SCHEMA_ID}${schema.$ref}` : undefined;
    validate = ref ? ajv.getSchema(ref) : ajv.compile({ ...schema, $id: `inline-${validators.size}` });
    if (!validate) throw new Error(`The contract has no schema ${key}`);
    validators.set(key, validate);
  }
  return validate;
}

const operations: Operation[] = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
  .flatMap(([template, item]) =>
    METHODS.filter((m) => m in item).map((method) => {
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^/}]+\}/g, '[^/]+');
      return {
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        params: (template.match(/\{/g) ?? []).length,
        spec: item[method] as OperationSpec,
      };
    }),
  )
  .sort((a, b) => a.params - b.params);

export function findOperation(method: string, pathname: string): Operation | undefined {
  return operations.find((op) => op.method === method.toUpperCase() && op.pattern.test(pathname));
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`).join('; ');
}

function jsonSchemaOf(content: MediaContent | undefined): JsonSchema | undefined {
  return content?.content?.['application/json']?.schema;
}

function requestSchema(op: Operation): JsonSchema | undefined {
  const body = op.spec.requestBody;
  if (body?.$ref) {
    const name = body.$ref.split('/').pop()!;
    return jsonSchemaOf((spec.components.requestBodies as Record<string, MediaContent>)[name]);
  }
  return jsonSchemaOf(body);
}

/** What is wrong with a request body the console sends, or [] when it matches the contract. */
export function requestViolations(method: string, pathname: string, body: unknown): string[] {
  const op = findOperation(method, pathname);
  if (!op) return [`${method} ${pathname} is not in the Palette contract`];
  const schema = requestSchema(op);
  if (body === undefined) return [];
  if (!schema) return [`${method} ${op.template} takes no body`];
  const validate = validatorFor(schema);
  return validate(body) ? [] : [`${method} ${op.template} request: ${describe(validate.errors)}`];
}

/** What is wrong with an answer, or [] when it matches the contract. */
export function responseViolations(
  method: string,
  pathname: string,
  status: number,
  body: unknown,
): string[] {
  const op = findOperation(method, pathname);
  if (!op) return [`${method} ${pathname} is not in the Palette contract`];
  const where = `${method} ${op.template} ${status}`;
  if (status < 200 || status >= 300) {
    const validate = validatorFor({ $ref: '#/components/schemas/v1Error' });
    if (typeof body !== 'object' || body === null) return [`${where}: an error answer must be a v1Error`];
    return validate(body) ? [] : [`${where} v1Error: ${describe(validate.errors)}`];
  }
  const declared = op.spec.responses[String(status)];
  if (!declared) return [`${where}: the contract declares ${Object.keys(op.spec.responses).join(', ')}`];
  const schema = jsonSchemaOf(declared);
  if (!schema) return body === undefined ? [] : [`${where}: the contract declares no body`];
  const validate = validatorFor(schema);
  return validate(body) ? [] : [`${where}: ${describe(validate.errors)}`];
}

async function readJson(message: Request | Response): Promise<unknown> {
  const text = await message.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Collects contract violations from traffic (MSW's life-cycle events in the unit tests): every answer
 * the mock gives, and every request body sent to it.
 */
export function createContractRecorder() {
  const pending: Promise<void>[] = [];
  const violations: string[] = [];
  let answersExempt = false;
  const track = (work: Promise<string[]>) =>
    pending.push(
      work.then(
        (found) => void violations.push(...found),
        (error: unknown) => void violations.push(`could not check: ${String(error)}`),
      ),
    );
  return {
    request(request: Request): void {
      const { pathname } = new URL(request.url);
      track(readJson(request).then((body) => requestViolations(request.method, pathname, body)));
    },
    response(request: Request, response: Response): void {
      const { pathname } = new URL(request.url);
      // `Response.error()` (the offline scenario) is no answer at all.
      if (response.type === 'error' || answersExempt) return;
      track(
        readJson(response).then((body) =>
          responseViolations(request.method, pathname, response.status, body),
        ),
      );
    },
    /**
     * For the rest of the current test, answers are not checked: the test itself serves answers that
     * leave the contract on purpose (to show that the console survives them). Requests still are.
     */
    exemptAnswers(): void {
      answersExempt = true;
    },
    /** Waits for the checks under way and returns (and forgets) what they found; ends an exemption. */
    async take(): Promise<string[]> {
      await Promise.all(pending.splice(0));
      answersExempt = false;
      return violations.splice(0);
    },
  };
}

/** The recorder of the unit tests' traffic (registered on MSW's events in src/test/setup.ts). */
export const contractTraffic = createContractRecorder();
