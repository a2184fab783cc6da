namespace BadgeSdk.Tests.Conventions.Fakes;

/// <summary>An exception outside both allowed hierarchies, which the exception rule must report.</summary>
public sealed class FakeStrayException : Exception
{
    public FakeStrayException()
    {
    }

    public FakeStrayException(string message)
        : base(message)
    {
    }

    public FakeStrayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
