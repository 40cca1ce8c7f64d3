// Every deployed function is exported here; each lives in its own file.
export { health } from './health';
