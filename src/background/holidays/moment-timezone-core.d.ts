// moment-timezone's code without its data (moment-timezone-lazy.ts): the package types only its entry.
declare module 'moment-timezone/moment-timezone.js' {
  import moment from 'moment-timezone';
  export default moment;
}
