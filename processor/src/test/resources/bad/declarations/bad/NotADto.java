package bad;

public class NotADto extends RuntimeException {}
