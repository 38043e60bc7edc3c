/**
 * The admin dashboard: login (admin and viewer roles, sessions, CSRF), live calls pushed over a WebSocket, call
 * history, analytics, knowledge, portfolio, test console and health, as server-rendered pages with a little
 * hand-written JavaScript and CSS.
 */
package app.chris.app.dashboard;
