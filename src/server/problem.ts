// Errors as application/problem+json (RFC 9457), with a detail a person can act on.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { Problem } from '../contracts/api/common';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Thrown by handlers and use cases; the error handler turns it into a problem response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly errors?: Problem['errors'],
    readonly type = 'about:blank',
  ) {
    super(detail);
    this.name = 'HttpProblem';
  }
}

export function notFound(detail: string): HttpProblem {
  return new HttpProblem(404, detail);
}

export function problemBody(status: number, detail: string, instance?: string, errors?: Problem['errors'], type = 'about:blank'): Problem {
  return { type, title: TITLES[status] ?? 'Error', status, detail, ...(instance ? { instance } : {}), ...(errors ? { errors } : {}) };
}

export function problemResponse(c: Context, status: ContentfulStatusCode, detail: string, errors?: Problem['errors'], type?: string): Response {
  return c.body(JSON.stringify(problemBody(status, detail, new URL(c.req.url).pathname, errors, type)), status, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}

/** Turns zod issues into one sentence plus a list of fields, e.g. `query.limit: must be at most 500`. */
export function validationProblem(c: Context, target: string, error: ZodError): Response {
  const errors = error.issues.map((issue) => ({
    location: [target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const detail = errors.map((e) => `${e.location}: ${e.message}`).join('; ');
  return problemResponse(c, 400, `The request is not valid: ${detail}.`, errors);
}
