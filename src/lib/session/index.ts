export { SessionProvider, useCan, useSession } from './context';
export { fetchSession, sessionQueries, type Session } from './session';
