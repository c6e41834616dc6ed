using StAMM.Domain.Validation;

namespace StAMM.Domain.Requests;

/// <summary>The person to contact about a request: a name, an e-mail address and, optionally, a telephone number.</summary>
/// <remarks>Immutable value; equality by all members. The e-mail address is checked for its form only
/// (one <c>@</c>, a local part, a domain with a dot, no spaces); whether it exists is not this library's business.</remarks>
public sealed record Contact
{
    private Contact(string name, string email, string? phone)
    {
        Name = name;
        Email = email;
        Phone = phone;
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The e-mail address.</summary>
    public string Email { get; }

    /// <summary>The telephone number, if given: digits, spaces and <c>+ - ( ) /</c>.</summary>
    public string? Phone { get; }

    /// <summary>Validates and creates a contact.</summary>
    /// <param name="name">The name.</param>
    /// <param name="email">An e-mail address such as <c>asylum@msb.gov.ba</c>.</param>
    /// <param name="phone">A telephone number, if any.</param>
    /// <returns>The contact, or the problems (paths <c>name</c>, <c>email</c>, <c>phone</c>).</returns>
    public static ValidationResult<Contact> Create(string? name, string? email, string? phone = null)
    {
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name", 200);
        var validEmail = Text.Required(problems, email, "email", 254);
        if (validEmail.Length > 0 && !IsEmail(validEmail))
        {
            problems.Add(ProblemCodes.InvalidFormat, "email", $"'{validEmail}' is not an e-mail address.");
        }

        var validPhone = Text.Optional(problems, phone, "phone", 30);
        if (validPhone is not null && !IsPhone(validPhone))
        {
            problems.Add(ProblemCodes.InvalidFormat, "phone", "A telephone number holds digits, spaces and '+', '-', '(', ')', '/'.");
        }

        return problems.Finish(() => new Contact(validName, validEmail, validPhone));
    }

    /// <summary>Returns the name and address, such as <c>Ana Petrović &lt;ana@example.org&gt;</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} <{Email}>";

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        var domain = value.AsSpan(at + 1);
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal);
    }

    private static bool IsPhone(string value)
    {
        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '-' or '(' or ')' or '/'))
            {
                return false;
            }
        }

        return digits >= 3;
    }
}
