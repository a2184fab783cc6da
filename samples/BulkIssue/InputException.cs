namespace BulkIssue;

/// <summary>The input (recipients or results file) cannot be used; the message says what and where, on one line.</summary>
public sealed class InputException : Exception
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public InputException()
        : base("The input cannot be used.")
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong and where.</param>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
