/** Statements: who said what in which article, with exact offsets, and the positions they take on topics. */
package org.claimtracker.statement;
