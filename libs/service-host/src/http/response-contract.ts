// Keeps the OpenAPI document honest: with `checkResponses` (the tests run with it), every answer of a
// route declared with Read or Change is checked against the zod schema its document publishes, as the
// client receives it (after JSON serialisation). A mismatch is a bug of ours: 500 with the field paths
// in the log, so that a test fails on an undocumented or missing field.
import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';
import { fieldErrors } from '@bcd/regulation';
import { ROUTE_CONTRACT, type RouteContract } from './routes.js';

export class ResponseContractViolation extends Error {
  constructor(route: string, problems: string) {
    super(`The answer of ${route} does not match its documented schema: ${problems}`);
    this.name = 'ResponseContractViolation';
  }
}

@Injectable()
export class ResponseContractInterceptor implements NestInterceptor {
  private readonly logger = new Logger(ResponseContractInterceptor.name);

  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const contract = this.reflector.get<RouteContract | undefined>(ROUTE_CONTRACT, context.getHandler());
    if (context.getType() !== 'http' || !contract) return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const route = `${context.getClass().name}.${context.getHandler().name}`;
        if (contract.response === null) {
          if (body !== undefined && body !== null) throw new ResponseContractViolation(route, 'documented as 204 No Content, but it has a body');
          return body;
        }
        const sent: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
        const result = contract.response.safeParse(sent);
        if (!result.success) {
          const problems = fieldErrors(result.error.issues)
            .map((e) => `${e.path || '(root)'}: ${e.message}`)
            .join('; ');
          this.logger.error(`${route}: ${problems}`);
          throw new ResponseContractViolation(route, problems);
        }
        return body;
      }),
    );
  }
}
