package warn;

public record Detail(String detail, int attempts) {}
