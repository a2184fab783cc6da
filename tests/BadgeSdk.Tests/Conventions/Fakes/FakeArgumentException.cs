namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>An exception for a caller's mistake, which the exception rule must accept.</summary>
public sealed class FakeArgumentException : ArgumentException
{
    public FakeArgumentException()
    {
    }

    public FakeArgumentException(string message)
        : base(message)
    {
    }

    public FakeArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
