/** Every endpoint of this package documents 401. */
@Errors(unauthorized401 = true)
package shop.merge;

import io.errorsplus.Errors;
