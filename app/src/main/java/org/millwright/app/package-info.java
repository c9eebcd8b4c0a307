/** The composition root: one Spring Boot application wiring every module, with embedded defaults for one plant. */
package org.millwright.app;
