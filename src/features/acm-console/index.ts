/** The Certificate Manager console feature: its routes, for the app's router. */
export { acmHome, acmRoutes, type AcmRoute } from './routes';
