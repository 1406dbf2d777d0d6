// Route definition helpers: every route's request and response schemas come from src/contracts,
// so the OpenAPI document and the validation are the same thing.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import { problemSchema } from '../contracts/api/common';
import type { AppEnv } from './context';
import { validationProblem } from './problem';

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.target, result.error as z.ZodError);
      return undefined;
    },
  });
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function problemContent(description: string) {
  return { description, content: { 'application/problem+json': { schema: problemSchema } } };
}

/** The error responses every route may give. */
export const standardProblems = {
  400: problemContent('The request is not valid; `errors` names each field.'),
  500: problemContent('An unexpected error; the detail says nothing internal.'),
};
