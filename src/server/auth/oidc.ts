// Login through the city's identity provider by OpenID Connect (authorization code flow with PKCE,
// state and nonce), as a configured option. The provider proves who someone is; Gevinst decides
// what they may do: the account (role, administration) must exist in Gevinst, matched by the
// provider's subject, or on first login by an e-mail the provider has verified (then the subject
// is recorded).
import * as client from 'openid-client';
import { Forbidden, InvalidInput } from '../../core/errors.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Allow http:// for a provider on the same machine (tests, development). */
  allowHttp: boolean;
}

export function oidcFromEnv(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  if (!env.OIDC_ISSUER) return null;
  const missing = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'].filter((k) => !env[k]);
  if (missing.length > 0) throw new InvalidInput(`OIDC_ISSUER er sat, men ${missing.join(', ')} mangler.`);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID as string,
    clientSecret: env.OIDC_CLIENT_SECRET as string,
    redirectUri: env.OIDC_REDIRECT_URI as string,
    allowHttp: env.OIDC_ALLOW_HTTP === '1',
  };
}

/** What the login leg stores (in an HttpOnly cookie) for the callback leg to check. */
export interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
}

export interface OidcIdentity {
  subject: string;
  email: string | null;
  /** The provider's `email_verified` claim: only a verified e-mail may link an existing account. */
  emailVerified: boolean;
}

/** `email_verified` as providers send it: a boolean, or (some providers) the string "true". */
function verified(claim: unknown): boolean {
  return claim === true || claim === 'true';
}

export class OidcLogin {
  private config: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  get redirectUri(): string {
    return this.settings.redirectUri;
  }

  private configuration(): Promise<client.Configuration> {
    // Discovery once, retried on the next login if the provider was unreachable.
    this.config ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        this.config = null;
        throw e;
      });
    return this.config;
  }

  async start(): Promise<{ url: string; pending: PendingLogin }> {
    const config = await this.configuration();
    const pending: PendingLogin = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: 'openid email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  async finish(currentUrl: URL, pending: PendingLogin | null): Promise<OidcIdentity> {
    if (!pending)
      throw new Forbidden(
        'Login-forløbet er udløbet eller startet i en anden browser. Prøv at logge ind igen.',
      );
    const config = await this.configuration();
    let tokens;
    try {
      tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch {
      throw new Forbidden('Identitetsudbyderen bekræftede ikke login. Prøv igen.');
    }
    const claims = tokens.claims();
    if (!claims?.sub) throw new Forbidden('Identitetsudbyderen sendte ingen brugeridentitet.');
    let email = typeof claims.email === 'string' ? claims.email : null;
    let emailVerified = verified(claims.email_verified);
    if (email === null) {
      // Conforming providers put scope-requested claims in the UserInfo answer, not the ID token.
      try {
        const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
        email = typeof info.email === 'string' ? info.email : null;
        emailVerified = verified(info.email_verified);
      } catch {
        email = null;
        emailVerified = false;
      }
    }
    return { subject: `${this.settings.issuer}|${claims.sub}`, email, emailVerified };
  }
}
