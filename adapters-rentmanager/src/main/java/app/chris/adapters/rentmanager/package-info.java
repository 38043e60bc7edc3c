/** Adapter: rentmanager. */
package app.chris.adapters.rentmanager;
