# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Tigrinya.

role-mentor = መማኽርቲ ወለንታዊ
mentors-help =
    /participants – ተሳተፍትኹምን ዝመጽእ ቆጸራታቶምን፤ ካብኡ ጽሓፉሎም
    /contacts – ኣብ እቲ መደብ ሰባት ርክብ
    /settings – ምርጫታትኩም
    /privacy, /export, /delete – ናይ ባዕልኹም ሓበሬታ
mentors-list-title = ተሳተፍትኹም ({ $count }): ኣስማትን ዝመጽእ ቆጸራታትን።
mentors-empty = ክሳብ ሕጂ ዝተመደበልኩም ሰብ የለን። እቲ ጉጅለ ተሳተፍቲ ክምድበልኩም እዩ።
mentors-no-appointments = ዝተመደበ ቆጸራ የለን
mentors-write = ✍️ ናብ { $name } ጸሓፉ
mentors-answer-goes-to-coach = እቲ ሰብ እንተመለሰ፡ መልሱ ናብ ኣማኻሪኡ ({ $name }) እዩ ዝኸይድ፡ ናባኹም ኣይኮነን።
mentors-answer-goes-to-team = እቲ ሰብ እንተመለሰ፡ መልሱ ናብ ጉጅለ እዩ ዝኸይድ፡ ናባኹም ኣይኮነን።
mentors-relay-from = መልእኽቲ ካብ መማኽርትኹም { $name }:
mentors-link-button = 🤝 መማኽርቲ መድብ
mentors-choose = ንመን መማኽርቲ ን{ $name } ይሕግዝ? ✓ ማለት፡ ድሮ ተመዲቡ፤ ምጥዋቕ የልግሶ።
mentors-none-yet = ክሳብ ሕጂ መማኽርቲ የለን። ብ /invite ሰብ ዕደሙ።
mentors-linked = ተመዲቡ: መማኽርቲ ሕጂ ን{ $name } ብስምን ቆጸራታትን ይርኢ፡ ክጽሕፍ ድማ ይኽእል።
mentors-unlinked = ምድባ ን{ $name } ተላዒሉ።
mentors-new-mentee = { $name } ሕጂ ተመዲቡልኩም። ኣስማትን ቆጸራታትን ኣብ /participants ትርእዩ።
