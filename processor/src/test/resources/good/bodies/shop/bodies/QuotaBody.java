package shop.bodies;

import java.util.Set;

/** A bean-style class: public getters and fields. */
public class QuotaBody {
  public String detail;
  private boolean exceeded;
  private Set<String> plans;

  public boolean isExceeded() {
    return exceeded;
  }

  public Set<String> getPlans() {
    return plans;
  }

  public static QuotaBody none() {
    return new QuotaBody();
  }
}
