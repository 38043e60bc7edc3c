/** Complaints: read back in Chris's words, never naming another tenant, and logged only once confirmed. */
package app.chris.core.complaint;
