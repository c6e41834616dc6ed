using System.ComponentModel;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Tests.Validation;

/// <summary>The one guard of lists of codes: an undefined value is a programmer's mistake that names its parameter.</summary>
public sealed class GuardTests
{
    [Fact]
    public void An_undefined_theme_among_earmarks_throws_naming_themes() =>
        FluentActions.Invoking(() => Earmarks.Create(themes: [ThematicArea.Asylum, (ThematicArea)999]))
            .Should().Throw<InvalidEnumArgumentException>().WithParameterName("themes");

    [Fact]
    public void An_undefined_activity_type_among_earmarks_throws_naming_activity_types() =>
        FluentActions.Invoking(() => Earmarks.Create(activityTypes: [(ActivityType)999]))
            .Should().Throw<InvalidEnumArgumentException>().WithParameterName("activityTypes");

    [Fact]
    public void An_undefined_attachment_of_a_request_throws_naming_attachments() =>
        FluentActions.Invoking(() => A.Request.WithAttachments((AttachmentKind)999).Build())
            .Should().Throw<InvalidEnumArgumentException>().WithParameterName("attachments");
}
