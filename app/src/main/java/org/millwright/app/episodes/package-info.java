/** Episodes: recorded from detection's condition events, exactly one open per asset and failure mode, read by the API. */
package org.millwright.app.episodes;
