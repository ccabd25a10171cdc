// The sign-in page itself is not exported here: the app loads it lazily from routes/sign-in-page,
// so that its forms are not in the download of every page.
export { SIGN_IN_PATH, signInPath } from './model/next-path';
